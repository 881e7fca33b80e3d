package org.crosslink.resolve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;

import it.unimi.dsi.fastutil.objects.Object2ObjectOpenHashMap;
import org.crosslink.model.MentionKey;
import org.crosslink.undo.UndoLog;

/**
 * The entities of one kind and their ids. An id is derived from the mention that founded the entity,
 * so it is stable and reproducible; an entity merged away is kept, retired, so that a later split can
 * give its id back to the mentions it had.
 */
final class Entities<R> {
    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private final String prefix;
    private final Map<String, Entity<R>> byId = new Object2ObjectOpenHashMap<>(); // open addressing: no node an entry
    private int active;
    private ResolutionListener<R> listener = ResolutionListener.none();
    private UndoLog undo = new UndoLog();

    Entities(String prefix) {
        this.prefix = prefix;
    }

    void bind(ResolutionListener<R> listener, UndoLog undo) {
        this.listener = listener;
        this.undo = undo;
    }

    Entity<R> get(String id) {
        return byId.get(id);
    }

    int activeCount() {
        return active;
    }

    /** A new entity founded by a mention, or the retired entity that mention once founded, revived. */
    Entity<R> found(Mention<R> founder) {
        for (int attempt = 0; ; attempt++) {
            String id = idFor(founder.key, attempt);
            Entity<R> existing = byId.get(id);
            if (existing == null) {
                Entity<R> e = new Entity<>(id, founder.seq);
                byId.put(id, e);
                active++;
                listener.entityCreated(e, founder);
                undo.push(() -> {
                    byId.remove(id);
                    active--;
                });
                return e;
            }
            if (!existing.active && existing.members.isEmpty()) {
                String mergedInto = existing.mergedInto;
                existing.active = true;
                existing.mergedInto = null;
                active++;
                listener.entityRevived(existing);
                undo.push(() -> {
                    existing.active = false;
                    existing.mergedInto = mergedInto;
                    active--;
                });
                return existing;
            }
        }
    }

    void retire(Entity<R> e, Entity<R> into) {
        if (!e.active) {
            return;
        }
        String before = e.mergedInto;
        e.active = false;
        e.mergedInto = into == null ? null : into.id;
        active--;
        listener.entityRetired(e, into);
        undo.push(() -> {
            e.active = true;
            e.mergedInto = before;
            active++;
        });
    }

    void assign(Mention<R> m, Entity<R> to) {
        Entity<R> from = m.entity;
        if (from == to) {
            return;
        }
        if (from != null) {
            from.removeMember(m);
        }
        to.addMember(m);
        m.entity = to;
        listener.mentionAssigned(m, from, to);
        undo.push(() -> {
            to.removeMember(m);
            if (from != null) {
                from.addMember(m);
            }
            m.entity = from;
        });
    }

    void detach(Mention<R> m) {
        Entity<R> from = m.entity;
        if (from == null) {
            return;
        }
        from.removeMember(m);
        m.entity = null;
        undo.push(() -> {
            from.addMember(m);
            m.entity = from;
        });
    }

    void restoreMember(Mention<R> m, String entityId, long createdSeq) {
        Entity<R> e = byId.get(entityId);
        if (e == null) {
            e = new Entity<>(entityId, createdSeq);
            byId.put(entityId, e);
            active++;
        } else if (!e.active) {
            e.active = true;
            active++;
        }
        e.addMember(m);
        m.entity = e;
    }

    void restoreRetired(String entityId, long createdSeq) {
        if (!byId.containsKey(entityId)) {
            Entity<R> e = new Entity<>(entityId, createdSeq);
            e.active = false;
            byId.put(entityId, e);
        }
    }

    private String idFor(MentionKey founder, int attempt) {
        String seed = prefix + "|" + founder + (attempt == 0 ? "" : "#" + attempt);
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder sb = new StringBuilder(prefix).append('-');
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (digest[i] & 0xff);
        }
        for (int i = 0; i < 12; i++) {
            sb.append(BASE32[(int) (bits >>> 59)]);
            bits <<= 5;
        }
        return sb.toString();
    }
}
