/**
 * The alert rules and the alert book: what is found on an entity as it stands, who may receive it, and how an
 * alert is rendered for each group of recipients. Plain Java.
 */
package org.crosslink.alert;
