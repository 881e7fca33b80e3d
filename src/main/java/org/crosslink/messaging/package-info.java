/**
 * The Artemis adapter: the embedded broker and the client, the queues and subscriptions the registry implies,
 * the inbound receiver (batches from every source's queue, acknowledged with their answers in one broker
 * transaction), the alert publisher (with the broker's duplicate-detection id), the report sender, the operator's
 * control queue and dead letters, and the names of queues ({@link org.crosslink.messaging.Destinations}) and of
 * message properties ({@link org.crosslink.messaging.Headers}).
 */
package org.crosslink.messaging;
