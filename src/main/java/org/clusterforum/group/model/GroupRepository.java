package org.clusterforum.group.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.clusterforum.platform.space.SpaceFilter;
import org.clusterforum.platform.space.SpaceMember;
import org.clusterforum.platform.space.SpaceRole;

/** Groups, their members, invitations and join requests. */
@ApplicationScoped
public class GroupRepository {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    public Optional<ForumGroup> findBySlug(String slug) {
        return em.createQuery("select g from ForumGroup g where g.slug = :slug", ForumGroup.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    public Optional<ForumGroup> find(long id) {
        return Optional.ofNullable(em.find(ForumGroup.class, id));
    }

    public boolean nameTaken(String nameKey, Long exceptId) {
        return em.createQuery("select count(g) from ForumGroup g where g.nameKey = :key and g.id <> :except",
                        Long.class).setParameter("key", nameKey).setParameter("except", exceptId == null ? -1L : exceptId)
                .getSingleResult() > 0;
    }

    public boolean slugTaken(String slug) {
        return em.createQuery("select count(s) from Space s where s.slug = :slug", Long.class)
                .setParameter("slug", slug).getSingleResult() > 0;
    }

    public ForumGroup add(ForumGroup group) {
        em.persist(group);
        em.flush();
        return group;
    }

    /**
     * Takes the group's row lock until commit, then reads it fresh: membership changes of one group happen one at
     * a time, so "a group always has an owner" and the member count hold however many owners act at once. (A
     * no-op update locks the row without Derby's lock upgrade from a shared read.)
     */
    public ForumGroup lock(ForumGroup group) {
        em.createNativeQuery("UPDATE FORUM_SPACE SET VERSION = VERSION WHERE ID = ?1")
                .setParameter(1, group.getId()).executeUpdate();
        em.refresh(group);
        return group;
    }

    /**
     * Groups listed for a viewer, by name: public and private ones, plus hidden ones {@code filter} lets them see
     * (their own; every group for moderators).
     */
    public List<ForumGroup> listed(SpaceFilter filter) {
        return em.createQuery("select g from ForumGroup g where g.visibility <> :hidden or " + filter.jpql("g")
                        + " order by lower(g.name)", ForumGroup.class)
                .setParameter("hidden", GroupVisibility.HIDDEN)
                .setParameter(SpaceFilter.memberParam(), filter.memberId()).getResultList();
    }

    /** The groups a member belongs to, with their role, by name. */
    public List<Object[]> groupsOf(long memberId) {
        return em.createQuery("select g, m.role from ForumGroup g, SpaceMember m where m.spaceId = g.id"
                        + " and m.memberId = :member order by lower(g.name)", Object[].class)
                .setParameter("member", memberId).getResultList();
    }

    /** A group's members: owners first, then by joining date. */
    public List<SpaceMember> members(long groupId) {
        return em.createQuery("select m from SpaceMember m where m.spaceId = :group"
                        + " order by m.role desc, m.joinedAt, m.memberId", SpaceMember.class)
                .setParameter("group", groupId).getResultList();
    }

    public long ownerCount(long groupId) {
        return em.createQuery("select count(m) from SpaceMember m where m.spaceId = :group and m.role = :owner",
                        Long.class).setParameter("group", groupId).setParameter("owner", SpaceRole.OWNER)
                .getSingleResult();
    }

    public Optional<GroupEntry> entry(long id) {
        return Optional.ofNullable(em.find(GroupEntry.class, id));
    }

    public Optional<GroupEntry> pending(long groupId, long memberId, EntryKind kind) {
        return em.createQuery("select e from GroupEntry e where e.groupId = :group and e.memberId = :member"
                        + " and e.kind = :kind and e.state = :pending", GroupEntry.class)
                .setParameter("group", groupId).setParameter("member", memberId).setParameter("kind", kind)
                .setParameter("pending", EntryState.PENDING).getResultStream().findFirst();
    }

    public GroupEntry add(GroupEntry entry) {
        em.persist(entry);
        em.flush();
        return entry;
    }

    /** A group's pending invitations and requests, oldest first. */
    public List<GroupEntry> pendingOf(long groupId) {
        return em.createQuery("select e from GroupEntry e where e.groupId = :group and e.state = :pending"
                        + " order by e.createdAt, e.id", GroupEntry.class)
                .setParameter("group", groupId).setParameter("pending", EntryState.PENDING).getResultList();
    }

    /** A member's invitations still pending and not expired, newest first. */
    public List<GroupEntry> invitationsOf(long memberId, Instant now) {
        return em.createQuery("select e from GroupEntry e where e.memberId = :member and e.kind = :invitation"
                        + " and e.state = :pending and e.expiresAt > :now order by e.createdAt desc, e.id desc",
                        GroupEntry.class)
                .setParameter("member", memberId).setParameter("invitation", EntryKind.INVITATION)
                .setParameter("pending", EntryState.PENDING).setParameter("now", now).getResultList();
    }

    /**
     * The header's two numbers in one statement: the member's pending invitations that have not expired, and the
     * pending requests to join the groups they own.
     */
    public long[] waitingFor(long memberId, Instant now) {
        Object[] row = (Object[]) em.createNativeQuery("VALUES ((SELECT COUNT(*) FROM GROUP_ENTRY WHERE MEMBER_ID = ?"
                        + " AND KIND = 'INVITATION' AND STATE = 'PENDING' AND EXPIRES_AT > ?),"
                        + " (SELECT COUNT(*) FROM GROUP_ENTRY e JOIN SPACE_MEMBER m ON m.SPACE_ID = e.GROUP_ID"
                        + " WHERE m.MEMBER_ID = ? AND m.ROLE = 'OWNER' AND e.KIND = 'REQUEST'"
                        + " AND e.STATE = 'PENDING'))")
                .setParameter(1, memberId).setParameter(2, java.sql.Timestamp.from(now)).setParameter(3, memberId)
                .getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    /** Collaboration rooms opened from a challenge (its thread), by name. */
    public List<ForumGroup> openedFrom(long threadId) {
        return em.createQuery("select g from ForumGroup g where g.originThreadId = :thread order by lower(g.name)",
                ForumGroup.class).setParameter("thread", threadId).getResultList();
    }

    /** Pending join requests per group among the groups a member owns: group id → count. */
    public java.util.Map<Long, Long> requestsWaitingFor(long ownerId) {
        java.util.Map<Long, Long> counts = new java.util.HashMap<>();
        em.createQuery("select e.groupId, count(e) from GroupEntry e, SpaceMember m where m.spaceId = e.groupId"
                        + " and m.memberId = :owner and m.role = :ownerRole and e.kind = :request and e.state = :pending"
                        + " group by e.groupId", Object[].class)
                .setParameter("owner", ownerId).setParameter("ownerRole", SpaceRole.OWNER)
                .setParameter("request", EntryKind.REQUEST).setParameter("pending", EntryState.PENDING)
                .getResultList().forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return counts;
    }
}
