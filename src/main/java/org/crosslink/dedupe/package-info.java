/**
 * The revision of every report the bus holds, and what dedupe makes of a report that arrives: new, a revision,
 * a duplicate or superseded.
 */
package org.crosslink.dedupe;
