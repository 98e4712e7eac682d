package org.clusterforum.account.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class AccountTokenRepository {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    public void add(AccountToken token) {
        em.persist(token);
    }

    /** The token with this secret, locked for this transaction so that two uses at once cannot both succeed. */
    public Optional<AccountToken> findForUse(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("select t from AccountToken t where t.tokenHash = :h", AccountToken.class)
                .setParameter("h", AccountToken.hash(token.strip())).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /** Whether the member was sent a token of this purpose after {@code since} (to send at most one a minute or two). */
    public boolean issuedSince(long memberId, TokenPurpose purpose, Instant since) {
        return !em.createQuery("select t.id from AccountToken t where t.memberId = :m and t.purpose = :p"
                        + " and t.createdAt > :since", Long.class)
                .setParameter("m", memberId).setParameter("p", purpose).setParameter("since", since)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** Ends every unused token of this purpose (a newer one was used, or the password changed). */
    public int useAll(long memberId, TokenPurpose purpose, Instant at) {
        return em.createQuery("update AccountToken t set t.usedAt = :at where t.memberId = :m and t.purpose = :p"
                        + " and t.usedAt is null")
                .setParameter("at", at).setParameter("m", memberId).setParameter("p", purpose).executeUpdate();
    }
}
