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
    private static final ThreadLocal<java.util.List<String>> NAMES = ThreadLocal.withInitial(java.util.ArrayList::new);

    /** Starts counting afresh on this thread. */
    public static void reset() {
        COUNT.get()[0] = 0;
        NAMES.get().clear();
    }

    /** What the statements since {@link #reset()} were, in order: each query's name or the start of its SQL. */
    public static java.util.List<String> names() {
        return java.util.List.copyOf(NAMES.get());
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
            if (NAMES.get().size() < 50) {
                NAMES.get().add(describe(query));
            }
        }
    }

    private static String describe(DatabaseQuery query) {
        if (query == null) {
            return "?";
        }
        String sql = query.getSQLString();
        if (sql != null) {
            String flat = sql.replaceAll("\\s+", " ").strip();
            return flat.length() > 70 ? flat.substring(0, 70) + "…" : flat;
        }
        return query.getClass().getSimpleName() + (query.getReferenceClassName() == null ? ""
                : " " + query.getReferenceClassName().replaceAll(".*\\.", ""));
    }

    @Override
    public int getProfileWeight() {
        return SessionProfiler.ALL;
    }
}
