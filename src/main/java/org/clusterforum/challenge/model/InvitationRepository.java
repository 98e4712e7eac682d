package org.clusterforum.challenge.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Invitations of experts to challenges, and requests for the expert role. */
@ApplicationScoped
public class InvitationRepository {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    /** Written at once, so invitations get ids in the order they were made (the order the asker sees). */
    public Invitation add(Invitation invitation) {
        em.persist(invitation);
        em.flush();
        return invitation;
    }

    public Optional<Invitation> find(long challengeId, long expertId) {
        return em.createQuery("select i from Invitation i where i.challengeId = :c and i.expertId = :e",
                        Invitation.class)
                .setParameter("c", challengeId).setParameter("e", expertId).getResultList().stream().findFirst();
    }

    public List<Invitation> ofChallenge(long challengeId) {
        return em.createQuery("select i from Invitation i where i.challengeId = :c order by i.id", Invitation.class)
                .setParameter("c", challengeId).getResultList();
    }

    /** An expert's invitations in these states, newest first. */
    public List<Invitation> ofExpert(long expertId, Collection<InvitationStatus> states, int limit) {
        return em.createQuery("select i from Invitation i where i.expertId = :e and i.status in :s"
                        + " order by i.createdAt desc, i.id desc", Invitation.class)
                .setParameter("e", expertId).setParameter("s", states).setMaxResults(limit).getResultList();
    }

    /** Open (pending or accepted) invitations made since {@code since}, per expert among {@code expertIds}. */
    public Map<Long, Long> openCounts(Collection<Long> expertIds, java.time.Instant since) {
        if (expertIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("select i.expertId, count(i) from Invitation i where i.expertId in :e and i.status in :s"
                        + " and i.createdAt >= :since group by i.expertId", Object[].class)
                .setParameter("e", expertIds).setParameter("since", since)
                .setParameter("s", List.of(InvitationStatus.PENDING, InvitationStatus.ACCEPTED)).getResultList()
                .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return counts;
    }

    public ExpertRequest addRequest(ExpertRequest request) {
        em.persist(request);
        return request;
    }

    public Optional<ExpertRequest> findRequest(long id) {
        return Optional.ofNullable(em.find(ExpertRequest.class, id));
    }

    public Optional<ExpertRequest> pendingRequestOf(long memberId) {
        return em.createQuery("select r from ExpertRequest r where r.memberId = :m and r.status = :s",
                        ExpertRequest.class)
                .setParameter("m", memberId).setParameter("s", ExpertRequest.Status.PENDING).getResultList().stream()
                .findFirst();
    }

    public List<ExpertRequest> pendingRequests() {
        return em.createQuery("select r from ExpertRequest r where r.status = :s order by r.createdAt",
                ExpertRequest.class).setParameter("s", ExpertRequest.Status.PENDING).getResultList();
    }
}
