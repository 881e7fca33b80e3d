package org.crosslink.messaging.security;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.activemq.artemis.core.security.Role;
import org.crosslink.messaging.Destinations;
import org.crosslink.model.Registry;

/**
 * Who may do what on which address, from the registry (Artemis security settings):
 * <ul>
 * <li>a source may only send to its own inbound queue, and only consume from its own rejected queue and its
 * own alert subscription; it may not browse, create or delete anything;</li>
 * <li>a coordinator may only consume from its own alert subscription;</li>
 * <li>only the bus consumes the inbound queues and writes to rejected queues, the dead-letter queue and the
 * alert address, and creates the queues and subscriptions;</li>
 * <li>an operator (admin) manages the broker and the dead-letter queue and may ask for erasures;</li>
 * <li>the audit checkpoints are only added to, by the bus, and only browsed, by auditors: nobody consumes them.</li>
 * </ul>
 */
public final class BrokerSecurity {
    private final Registry registry;
    private final Destinations names;
    private final String control;
    private final Set<String> relays;

    /** @param relays the roles of the logins that relay for other sources (a gateway): they may send to every inbound queue */
    public BrokerSecurity(Registry registry, Destinations names, String control, Set<String> relays) {
        this.registry = registry;
        this.names = names;
        this.control = control;
        this.relays = Set.copyOf(relays);
    }

    /** Address match (an address, a fully qualified queue name or a wildcard) to the roles and their permissions. */
    public Map<String, Set<Role>> settings() {
        Map<String, Set<Role>> out = new LinkedHashMap<>();
        out.put("#", Set.of(admin()));
        for (String source : registry.sourceCodes()) {
            Set<Role> inbound = new HashSet<>(Set.of(sender(source), bus(), admin()));
            relays.forEach(relay -> inbound.add(sender(relay)));
            out.put(names.inbound(source), inbound);
            out.put(names.rejected(source), Set.of(reader(source), bus(), admin()));
        }
        out.put(names.deadLetter(), Set.of(bus(), admin()));
        out.put(control, Set.of(bus(), admin()));
        out.put(names.alerts(), Set.of(bus(), admin()));
        // nobody consumes the checkpoints, not even an operator: the bus adds, auditors browse
        out.put(names.auditCheckpoints(), Set.of(checkpointWriter(), browser(Principals.AUDITOR_ROLE)));
        for (String subscriber : registry.subscribers()) {
            out.put(names.subscriptionFqqn(subscriber), Set.of(reader(subscriber), bus(), admin()));
        }
        out.put("activemq.management#", Set.of(admin(), bus()));
        return out;
    }

    private static Role sender(String role) {
        return new Role(role, true, false, false, false, false, false, false, false, false, false, false, false);
    }

    private static Role reader(String role) {
        return new Role(role, false, true, false, false, false, false, false, false, false, false, false, false);
    }

    private static Role browser(String role) {
        return new Role(role, false, false, false, false, false, false, false, true, false, false, false, false);
    }

    private static Role checkpointWriter() {
        return new Role(Principals.BUS_ROLE, true, false, true, false, false, false, false, false, true, false, false, false);
    }

    private static Role bus() {
        return new Role(Principals.BUS_ROLE, true, true, true, true, true, true, false, true, true, false, true, false);
    }

    private static Role admin() {
        return new Role(Principals.ADMIN_ROLE, true, true, true, true, true, true, true, true, true, true, true, true);
    }

    /** For tests and the operator: the roles with a given permission on a match. */
    public static Set<String> rolesThat(Set<Role> roles, Predicate<Role> permission) {
        Set<String> out = new HashSet<>();
        roles.stream().filter(permission).forEach(r -> out.add(r.getName()));
        return out;
    }
}
