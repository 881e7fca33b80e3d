/**
 * The benchmark: realistic reports, the broker alone (raw JMS) and the whole bus measured side by side, a store
 * preloaded at scale. It plays the force systems and subscribers with their own JMS clients.
 */
package org.crosslink.bench;
