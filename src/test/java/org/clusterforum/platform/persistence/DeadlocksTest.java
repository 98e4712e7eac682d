package org.clusterforum.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;

class DeadlocksTest {

    @Test
    void aDerbyDeadlockDeepInsideTheJpaAndTransactionWrappersIsADeadlock() {
        var derby = new SQLTransactionRollbackException("A lock could not be obtained due to a deadlock", "40001");
        var wrapped = new IllegalStateException("rolled back", new PersistenceException("query", derby));
        assertTrue(Deadlocks.isDeadlock(wrapped));
    }

    @Test
    void aPostgresDeadlockOrSerialisationFailureIsOneToo() {
        assertTrue(Deadlocks.isDeadlock(new PersistenceException(new SQLException("deadlock detected", "40P01"))));
        assertTrue(Deadlocks.isDeadlock(new SQLException("could not serialize access", "40001")));
    }

    @Test
    void aDeadlockChainedAsTheNextExceptionOfABatchIsFound() {
        SQLException batch = new SQLException("batch failed", "XJ208");
        batch.setNextException(new SQLException("deadlock", "40001"));
        assertTrue(Deadlocks.isDeadlock(new PersistenceException(batch)));
    }

    @Test
    void otherFailuresAreNotRetried() {
        assertFalse(Deadlocks.isDeadlock(new OptimisticLockException("edited meanwhile")));
        assertFalse(Deadlocks.isDeadlock(new PersistenceException(
                new SQLIntegrityConstraintViolationException("duplicate key", "23505"))));
        assertFalse(Deadlocks.isDeadlock(new PersistenceException(new SQLException("lock timeout", "40XL1"))));
        assertFalse(Deadlocks.isDeadlock(new SQLException("no state")));
        assertFalse(Deadlocks.isDeadlock(null));
    }

    @Test
    void aCauseCycleEnds() {
        Exception a = new Exception("a");
        Exception b = new Exception("b", a);
        a.initCause(b);
        assertFalse(Deadlocks.isDeadlock(b));
    }
}
