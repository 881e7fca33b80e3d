/**
 * The coordinator's web console (Vert.x Web): the alert inbox with live updates, alert and entity pages with a link
 * chart, search and its index, acknowledgement, {@code /health} and {@code /metrics}. It reads the store through
 * {@code org.crosslink.store}, and asks the bus what it needs of the broker and the resolver through the ports of
 * {@link org.crosslink.console.ConsoleServices}: no SQL, Camel or Artemis here.
 */
package org.crosslink.console;
