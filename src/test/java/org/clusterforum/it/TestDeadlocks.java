package org.clusterforum.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A use case made to deadlock on purpose, for container tests: two calls lock the same two member rows in
 * opposite orders, each waiting until the other holds its first row.
 */
@ApplicationScoped
public class TestDeadlocks {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    private final AtomicInteger attempts = new AtomicInteger();

    /** Locks member {@code first}, lets the other call know, waits until it holds its own, then locks {@code second}. */
    @Transactional
    public void lockBoth(long first, long second, CountDownLatch firstLocked, CountDownLatch otherLocked) {
        attempts.incrementAndGet();
        lock(first);
        firstLocked.countDown();
        try {
            if (!otherLocked.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The other transaction never locked its first row");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        lock(second);
    }

    /** How many times {@link #lockBoth} has begun, retries included. */
    public int attempts() {
        return attempts.get();
    }

    /** Derby's deadlock detection delay in seconds, as the database has it set. */
    @Transactional
    public String deadlockTimeout() {
        return (String) em.createNativeQuery(
                "VALUES SYSCS_UTIL.SYSCS_GET_DATABASE_PROPERTY('derby.locks.deadlockTimeout')").getSingleResult();
    }

    private void lock(long memberId) {
        em.createNativeQuery("UPDATE FORUM_MEMBER SET POST_COUNT = POST_COUNT WHERE ID = ?")
                .setParameter(1, memberId).executeUpdate();
    }
}
