package org.clusterforum.account.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class MemberRepository {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    public Optional<Member> find(long id) {
        return Optional.ofNullable(em.find(Member.class, id));
    }

    public Optional<Member> findByEmail(String email) {
        return em.createNamedQuery("Member.findByEmail", Member.class)
                .setParameter("email", Member.normaliseEmail(email))
                .getResultStream().findFirst();
    }

    public boolean handleTaken(String handle) {
        return em.createNamedQuery("Member.countByHandle", Long.class).setParameter("handle", handle)
                .getSingleResult() > 0;
    }

    public List<Member> findByHandles(java.util.Collection<String> handles) {
        if (handles.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("Member.findByHandles", Member.class).setParameter("handles", handles)
                .getResultList();
    }

    /**
     * Active members whose handle starts with {@code fragment} or has a part starting with it ("pri" finds
     * dr-priya-raman), by handle, at most {@code limit}. The fragment holds only letters, digits and hyphens.
     */
    public List<Member> findByHandleFragment(String fragment, int limit) {
        return em.createQuery("select m from Member m where m.status = :active"
                        + " and (m.handle like :prefix or m.handle like :part) order by m.handle", Member.class)
                .setParameter("active", MemberStatus.ACTIVE).setParameter("prefix", fragment + "%")
                .setParameter("part", "%-" + fragment + "%").setMaxResults(limit).getResultList();
    }

    public List<Member> findAll(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select m from Member m where m.id in :ids", Member.class).setParameter("ids", ids)
                .getResultList();
    }

    /** The next {@code limit} members after {@code afterId}, in id order, with their organisations. */
    public List<Member> after(long afterId, int limit) {
        return em.createQuery("select m from Member m left join fetch m.organisation where m.id > :after order by m.id",
                Member.class).setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    public long count() {
        return em.createNamedQuery("Member.count", Long.class).getSingleResult();
    }

    public Member add(Member member) {
        em.persist(member);
        em.flush();
        return member;
    }

    public void uncountPost(long memberId) {
        em.createQuery("update Member m set m.postCount = m.postCount - 1 where m.id = :id and m.postCount > 0")
                .setParameter("id", memberId).executeUpdate();
    }

    /** Adds one to the member's post count in a single statement, safe under concurrent posts. */
    /** Adds (or with a negative delta takes) reputation points in one statement. */
    public void adjustReputation(long memberId, int delta) {
        em.createQuery("update Member m set m.reputation = m.reputation + :d where m.id = :id")
                .setParameter("d", delta).setParameter("id", memberId).executeUpdate();
    }

    public void countPost(long memberId) {
        em.createQuery("update Member m set m.postCount = m.postCount + 1 where m.id = :id")
                .setParameter("id", memberId).executeUpdate();
    }

    /** Moves the member's post count by {@code delta} in one statement, never below zero. */
    /** Moves the member's count of unacknowledged warnings by {@code delta} (never below 0). */
    public void adjustPendingWarnings(long memberId, int delta) {
        em.createQuery("update Member m set m.pendingWarnings = case when m.pendingWarnings + :delta < 0 then 0"
                        + " else m.pendingWarnings + :delta end where m.id = :id")
                .setParameter("delta", delta).setParameter("id", memberId).executeUpdate();
    }

    /** One more outcome of the member's reports waits to be seen. */
    public void countOutcomeWaiting(long memberId) {
        em.createQuery("update Member m set m.outcomesWaiting = m.outcomesWaiting + 1 where m.id = :id")
                .setParameter("id", memberId).executeUpdate();
    }

    /** The member has seen every outcome of their reports. */
    public void clearOutcomesWaiting(long memberId) {
        em.createQuery("update Member m set m.outcomesWaiting = 0 where m.id = :id and m.outcomesWaiting <> 0")
                .setParameter("id", memberId).executeUpdate();
    }

    public void adjustPostCount(long memberId, int delta) {
        em.createQuery("update Member m set m.postCount = case when m.postCount + :delta < 0 then 0"
                        + " else m.postCount + :delta end where m.id = :id")
                .setParameter("delta", delta).setParameter("id", memberId).executeUpdate();
    }

    /** Active members whose role is one of these, by role (in the order given) then name. */
    public List<Member> withRoles(java.util.Collection<org.clusterforum.platform.security.Role> roles) {
        List<Member> found = new java.util.ArrayList<>(em.createQuery("select m from Member m where m.role in :roles"
                        + " and m.status = :active order by m.displayName", Member.class)
                .setParameter("roles", roles).setParameter("active", MemberStatus.ACTIVE).getResultList());
        List<org.clusterforum.platform.security.Role> order = List.copyOf(roles);
        found.sort(java.util.Comparator.comparingInt(m -> order.indexOf(m.getRole())));
        return found;
    }
}
