package org.clusterforum.platform.persistence;

import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.sessions.SessionProfiler;
import org.eclipse.persistence.sessions.SessionProfilerAdapter;

/**
 * Counts the SQL statements EclipseLink sends to the database on the current thread, so a request can tell how
 * many it cost (see {@code SqlCountFilter}). Installed as the persistence unit's profiler
 * ({@code eclipselink.profiler}); counting is one thread-local increment per statement.
 */
public class SqlStatements extends SessionProfilerAdapter {

    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    /** Starts counting afresh on this thread. */
    public static void reset() {
        COUNT.get()[0] = 0;
    }

    /** Statements executed on this thread since {@link #reset()}. */
    public static int count() {
        return COUNT.get()[0];
    }

    /** Every statement EclipseLink sends is prepared once (it binds all parameters), so count preparations. */
    @Override
    public void startOperationProfile(String operationName, DatabaseQuery query, int weight) {
        if (SessionProfiler.SqlPrepare.equals(operationName)) {
            COUNT.get()[0]++;
        }
    }

    @Override
    public int getProfileWeight() {
        return SessionProfiler.ALL;
    }
}
