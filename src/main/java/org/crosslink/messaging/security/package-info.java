/**
 * Broker security: the logins (Artemis's own file formats, one-way hashed passwords) and who may send to and
 * read from which address.
 */
package org.crosslink.messaging.security;
