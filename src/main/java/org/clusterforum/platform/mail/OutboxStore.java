package org.clusterforum.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox table. Claiming, marking sent and marking failed each run in a transaction of their own, so a sender
 * never holds database locks while it talks to the SMTP server.
 */
@ApplicationScoped
public class OutboxStore {

    /** How long a claimed message is left to its sender before another may try it (the sender may have died). */
    static final Duration CLAIM = Duration.ofMinutes(5);

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean exists(String dedupeKey) {
        return !em.createQuery("select m.id from OutboxMail m where m.dedupeKey = :k", Long.class)
                .setParameter("k", dedupeKey).setMaxResults(1).getResultList().isEmpty();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(OutboxMail mail) {
        em.persist(mail);
    }

    /**
     * Messages due at {@code now}: those never tried first, oldest first, then the retries. After an outage a
     * password-reset link someone waits for now goes before yesterday's backlog.
     */
    @Transactional
    public List<Long> due(Instant now, int limit) {
        return em.createQuery("select m.id from OutboxMail m where m.sentAt is null and m.gaveUpAt is null"
                        + " and m.nextAttemptAt <= :now and (m.claimedUntil is null or m.claimedUntil < :now)"
                        + " order by m.attempts, m.nextAttemptAt, m.id", Long.class)
                .setParameter("now", now).setMaxResults(limit).getResultList();
    }

    /**
     * Takes a message for sending, in one statement: true for exactly one of any number of senders asking at once
     * (on one node or several).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<OutboxMail> claim(long id, Instant now) {
        int taken = em.createQuery("update OutboxMail m set m.claimedUntil = :until where m.id = :id"
                        + " and m.sentAt is null and m.gaveUpAt is null and m.nextAttemptAt <= :now"
                        + " and (m.claimedUntil is null or m.claimedUntil < :now)")
                .setParameter("until", now.plus(CLAIM)).setParameter("id", id).setParameter("now", now)
                .executeUpdate();
        if (taken != 1) {
            return Optional.empty();
        }
        OutboxMail mail = em.find(OutboxMail.class, id);
        em.refresh(mail);
        em.detach(mail);
        return Optional.of(mail);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sent(long id, Instant at) {
        em.find(OutboxMail.class, id).sent(at);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(long id, Instant at, String error) {
        em.find(OutboxMail.class, id).failed(at, error);
    }

    @Transactional
    public Optional<OutboxMail> byKey(String dedupeKey) {
        return em.createQuery("select m from OutboxMail m where m.dedupeKey = :k", OutboxMail.class)
                .setParameter("k", dedupeKey).getResultStream().findFirst();
    }

    @Transactional
    public List<OutboxMail> to(String recipient) {
        return em.createQuery("select m from OutboxMail m where m.recipient = :r order by m.id", OutboxMail.class)
                .setParameter("r", recipient).getResultList();
    }

    /** How many wait (not sent, not given up) and how many were given up; the latest error. */
    @Transactional
    public OutboxStatus status() {
        long waiting = em.createQuery("select count(m) from OutboxMail m where m.sentAt is null and m.gaveUpAt is null",
                Long.class).getSingleResult();
        long gaveUp = em.createQuery("select count(m) from OutboxMail m where m.gaveUpAt is not null", Long.class)
                .getSingleResult();
        String error = em.createQuery("select m.lastError from OutboxMail m where m.sentAt is null"
                        + " and m.lastError is not null order by m.updatedAt desc", String.class)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
        return new OutboxStatus(waiting, gaveUp, error);
    }
}
