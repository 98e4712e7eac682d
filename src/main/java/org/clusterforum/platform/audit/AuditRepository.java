package org.clusterforum.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Audit entries: added and read, never changed or removed. */
@ApplicationScoped
class AuditRepository {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    void add(AuditEntry entry) {
        em.persist(entry);
    }

    /** Whether the actor has an entry of this action on this target since the given moment. */
    boolean recorded(long actorId, AuditAction action, String targetKind, long targetId, Instant since) {
        return !em.createQuery("select e.id from AuditEntry e where e.targetKind = :kind and e.targetId = :target"
                        + " and e.actorId = :actor and e.action = :action and e.occurredAt > :since", Long.class)
                .setParameter("kind", targetKind).setParameter("target", targetId).setParameter("actor", actorId)
                .setParameter("action", action).setParameter("since", since).setMaxResults(1).getResultList()
                .isEmpty();
    }

    /** Newest first; {@code action} and {@code text} (matched in actor, target and reason) narrow it when given. */
    List<AuditEntry> page(AuditAction action, String text, int offset, int limit) {
        TypedQuery<AuditEntry> query = em.createQuery("select e from AuditEntry e" + where(action, text)
                + " order by e.id desc", AuditEntry.class);
        bind(query, action, text);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    long count(AuditAction action, String text) {
        TypedQuery<Long> query = em.createQuery("select count(e) from AuditEntry e" + where(action, text), Long.class);
        bind(query, action, text);
        return query.getSingleResult();
    }

    /** The entries about one item, newest first (a member's history, a thread's). */
    List<AuditEntry> about(String targetKind, long targetId, int limit) {
        return em.createQuery("select e from AuditEntry e where e.targetKind = :kind and e.targetId = :target"
                        + " order by e.id desc", AuditEntry.class)
                .setParameter("kind", targetKind).setParameter("target", targetId).setMaxResults(limit)
                .getResultList();
    }

    private static String where(AuditAction action, String text) {
        StringBuilder where = new StringBuilder();
        if (action != null) {
            where.append(" where e.action = :action");
        }
        if (!text.isEmpty()) {
            where.append(action == null ? " where" : " and").append(" e.searchKey like :text escape '\\'");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, AuditAction action, String text) {
        if (action != null) {
            query.setParameter("action", action);
        }
        if (!text.isEmpty()) {
            String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            query.setParameter("text", "%" + escaped + "%");
        }
    }
}
