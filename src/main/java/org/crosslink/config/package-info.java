/**
 * Configuration: {@code config/application.properties} with environment and {@code --property} overrides, the
 * home folder, and the check that refuses a setting crosslink does not know ({@link org.crosslink.config.NearestName}
 * suggests the name meant). Depends on nothing else of crosslink.
 */
package org.crosslink.config;
