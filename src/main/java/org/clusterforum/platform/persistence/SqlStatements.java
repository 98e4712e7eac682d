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
    /** Set on a thread by {@link #reset()} (only when statements are logged), so no other request names any. */
    private static final ThreadLocal<java.util.List<String>> NAMES = new ThreadLocal<>();

    /** Starts counting afresh on this thread. */
    public static void reset() {
        COUNT.get()[0] = 0;
        NAMES.set(new java.util.ArrayList<>());
    }

    /** What the statements since {@link #reset()} were, in order: each query's name or the start of its SQL. */
    public static java.util.List<String> names() {
        java.util.List<String> names = NAMES.get();
        return names == null ? java.util.List.of() : java.util.List.copyOf(names);
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
            java.util.List<String> names = NAMES.get();
            if (names != null && names.size() < 50) {
                names.add(describe(query));
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
