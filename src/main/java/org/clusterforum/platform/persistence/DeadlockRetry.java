package org.clusterforum.platform.persistence;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a use case again, up to {@value #ATTEMPTS} times in all, when the database broke a deadlock by rolling its
 * transaction back ({@link Deadlocks}): the member then sees their page or their reply, not an error, and the
 * other transaction of the pair has finished by the time this one runs again.
 * <p>
 * Bound to {@code @Transactional} (the default {@code REQUIRED}, which every service use case has) and ordered
 * before the container's transaction interceptor, so one attempt is one whole transaction, begun and ended inside
 * {@link #retry}. A call made inside a caller's transaction is left alone: the deadlock rolled back the caller's
 * work too, and only the outermost call can run it all again. A use case's effects outside the database happen
 * after its commit (events observed {@code AFTER_SUCCESS}, the search index, mail), so an attempt that was rolled
 * back leaves nothing to undo.
 */
@Transactional
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class DeadlockRetry implements Serializable {

    static final int ATTEMPTS = 3;
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DeadlockRetry.class.getName());

    @Resource
    transient TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    Object retry(InvocationContext call) throws Exception {
        if (transactions.getTransactionKey() != null) {
            return call.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return call.proceed();
            } catch (Exception e) {
                if (attempt == ATTEMPTS || !Deadlocks.isDeadlock(e)) {
                    throw e;
                }
                int next = attempt + 1;
                LOG.log(Level.INFO, () -> "Deadlock in " + call.getMethod().getDeclaringClass().getSimpleName() + "."
                        + call.getMethod().getName() + ", rolled back; attempt " + next + " of " + ATTEMPTS);
                pause(attempt);
            }
        }
    }

    /** A short random pause, longer after each attempt, so the two transactions do not meet again in step. */
    private static void pause(int attempt) throws InterruptedException {
        Thread.sleep(ThreadLocalRandom.current().nextLong(20, 100) * attempt);
    }
}
