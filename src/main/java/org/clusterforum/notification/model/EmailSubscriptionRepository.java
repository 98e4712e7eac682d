package org.clusterforum.notification.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class EmailSubscriptionRepository {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    public Optional<EmailSubscription> ofMember(long memberId) {
        return em.createQuery("select s from EmailSubscription s where s.memberId = :m", EmailSubscription.class)
                .setParameter("m", memberId).getResultStream().findFirst();
    }

    public List<EmailSubscription> ofMembers(Collection<Long> memberIds) {
        return memberIds.isEmpty() ? List.of()
                : em.createQuery("select s from EmailSubscription s where s.memberId in :m", EmailSubscription.class)
                .setParameter("m", memberIds).getResultList();
    }

    /** The member's row, made (with defaults and a new key) and flushed if they had none. */
    public EmailSubscription ensure(long memberId) {
        return ofMember(memberId).orElseGet(() -> {
            EmailSubscription s = new EmailSubscription(memberId);
            em.persist(s);
            em.flush();
            return s;
        });
    }
}
