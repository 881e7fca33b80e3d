package org.crosslink.messaging.security;

import java.util.Map;

import javax.security.auth.login.AppConfigurationEntry;

import org.apache.activemq.artemis.core.config.impl.SecurityConfiguration;
import org.apache.activemq.artemis.spi.core.security.jaas.PropertiesLoginModule;

/**
 * The JAAS login of the embedded broker, configured per broker rather than through a global login.config:
 * Artemis's PropertiesLoginModule over {@code users.properties} and {@code roles.properties}, verifying the
 * one-way hashed passwords.
 */
public final class LoginConfiguration extends SecurityConfiguration {
    private final CredentialStore store;

    public LoginConfiguration(CredentialStore store) {
        this.store = store;
    }

    @Override
    public AppConfigurationEntry[] getAppConfigurationEntry(String name) {
        return new AppConfigurationEntry[] {new AppConfigurationEntry(PropertiesLoginModule.class.getName(),
                AppConfigurationEntry.LoginModuleControlFlag.REQUIRED, Map.of(
                        "org.apache.activemq.jaas.properties.user", store.users().toAbsolutePath().toString(),
                        "org.apache.activemq.jaas.properties.role", store.roles().toAbsolutePath().toString(),
                        "org.apache.activemq.jaas.properties.password.codec",
                        "org.apache.activemq.artemis.utils.DefaultSensitiveStringCodec;algorithm=one-way",
                        "reload", "true"))};
    }
}
