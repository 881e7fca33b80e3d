/**
 * An undo log: changes in memory taken back when a batch, or one report in it, does not commit.
 */
package org.crosslink.undo;
