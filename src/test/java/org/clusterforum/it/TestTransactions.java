package org.clusterforum.it;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Transactions for container tests, through {@code @Transactional} rather than {@code UserTransaction}: Payara's
 * transactional interceptor keeps per-bean state that a background thread (the forum's mail and search workers)
 * can race, which then forbids {@code UserTransaction} for the rest of a test's request ("Operation not
 * allowed"). The interceptor path never consults that gate.
 */
@ApplicationScoped
public class TestTransactions {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry registry;

    /** Runs one native SQL update in a transaction of its own; returns the rows changed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int update(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate();
    }

    /** Runs {@code work} in a transaction of its own that is then rolled back. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void rolledBack(Runnable work) {
        work.run();
        registry.setRollbackOnly();
    }
}
