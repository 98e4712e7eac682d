package org.clusterforum.platform.persistence;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Tells a deadlock, which the database broke by rolling one transaction back, from every other failure. Embedded
 * Derby has no multi-version reads: a page that reads a thread holds shared row locks while it joins posts to
 * their authors, and a reply locks the new post and then its author's row, so the two can wait for each other.
 * Derby then rolls one back with SQLState 40001; PostgreSQL says 40001 or 40P01. Nothing was written, so the whole
 * transaction may simply run again ({@link DeadlockRetry}).
 */
public final class Deadlocks {

    private static final Set<String> STATES = Set.of("40001", "40P01");

    private Deadlocks() {
    }

    /** Whether a deadlock (or a serialisation failure) is anywhere among the causes of {@code failure}. */
    public static boolean isDeadlock(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null && (s == sql || seen.put(s, Boolean.TRUE) == null);
                     s = s.getNextException()) {
                    if (s.getSQLState() != null && STATES.contains(s.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
