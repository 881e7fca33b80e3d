/**
 * The Camel adapter, kept thin: Camel Main with the routes of {@code routes/} ({@link org.crosslink.camel.Bus}),
 * the wiring that binds the stage beans the routes call, and the {@code crosslink-inbound} component whose consumer
 * runs the batch cycle of {@code org.crosslink.pipeline} with the intake and commit routes.
 */
package org.crosslink.camel;
