/**
 * The bus's parts built from the settings and started in order ({@link org.crosslink.runtime.BusRuntime}): broker,
 * database, state, stages; the registry and the resolution configuration read from {@code config/}.
 */
package org.crosslink.runtime;
