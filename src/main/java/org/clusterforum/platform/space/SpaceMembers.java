package org.clusterforum.platform.space;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Memberships of spaces. The access policy asks {@link #find} many times while a page is built (once per post
 * for its buttons): a membership found stays in the transaction's persistence context, and one not found is
 * remembered for the rest of the transaction, so a page reads each membership once. Nothing outlives the
 * transaction: a member removed from a group loses access with their next request.
 */
@ApplicationScoped
public class SpaceMembers {

    private static final String MISSES = SpaceMembers.class.getName() + ".misses";

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transaction;

    public Optional<SpaceMember> find(long spaceId, long memberId) {
        SpaceMember.Key key = new SpaceMember.Key(spaceId, memberId);
        Set<SpaceMember.Key> misses = misses();
        if (misses != null && misses.contains(key)) {
            return Optional.empty();
        }
        SpaceMember found = em.find(SpaceMember.class, key);
        if (found == null && misses != null) {
            misses.add(key);
        }
        return Optional.ofNullable(found);
    }

    /** The membership with a row lock until commit (changing roles, removing). */
    public Optional<SpaceMember> findLocked(long spaceId, long memberId) {
        return Optional.ofNullable(em.find(SpaceMember.class, new SpaceMember.Key(spaceId, memberId),
                LockModeType.PESSIMISTIC_WRITE));
    }

    public SpaceMember add(SpaceMember membership) {
        em.persist(membership);
        em.flush();
        Set<SpaceMember.Key> misses = misses();
        if (misses != null) {
            misses.remove(new SpaceMember.Key(membership.getSpaceId(), membership.getMemberId()));
        }
        return membership;
    }

    public void remove(SpaceMember membership) {
        em.remove(membership);
        em.flush();
        Set<SpaceMember.Key> misses = misses();
        if (misses != null) {
            misses.add(new SpaceMember.Key(membership.getSpaceId(), membership.getMemberId()));
        }
    }

    /** The space's owners (a group always has one). */
    /** The spaces the member owns (groups they moderate). */
    public List<Long> ownedBy(long memberId) {
        return em.createQuery("select m.spaceId from SpaceMember m where m.memberId = :member and m.role = :owner",
                Long.class).setParameter("member", memberId).setParameter("owner", SpaceRole.OWNER).getResultList();
    }

    public List<SpaceMember> owners(long spaceId) {
        return em.createQuery("select m from SpaceMember m where m.spaceId = :space and m.role = :owner"
                        + " order by m.joinedAt", SpaceMember.class)
                .setParameter("space", spaceId).setParameter("owner", SpaceRole.OWNER).getResultList();
    }

    /** Ids of the spaces among {@code spaceIds} that the member belongs to. */
    public Set<Long> spacesOf(long memberId, java.util.Collection<Long> spaceIds) {
        if (spaceIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery("select m.spaceId from SpaceMember m where m.memberId = :member"
                        + " and m.spaceId in :spaces", Long.class)
                .setParameter("member", memberId).setParameter("spaces", spaceIds).getResultList());
    }

    @SuppressWarnings("unchecked")
    private Set<SpaceMember.Key> misses() {
        try {
            if (transaction == null || transaction.getTransactionStatus() != Status.STATUS_ACTIVE) {
                return null;
            }
            Set<SpaceMember.Key> misses = (Set<SpaceMember.Key>) transaction.getResource(MISSES);
            if (misses == null) {
                misses = new HashSet<>();
                transaction.putResource(MISSES, misses);
            }
            return misses;
        } catch (IllegalStateException e) {
            return null;
        }
    }
}
