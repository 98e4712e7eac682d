package org.clusterforum.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.clusterforum.platform.config.ForumConfig;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Owns the database's life: Flyway migrates the schema before anything else touches it (JPA generates no
 * schema), {@link ForumStarted} is fired for seeding, and Derby is shut down cleanly when the application
 * stops, so a redeploy in the same JVM can boot it again and identity values do not jump.
 */
@ApplicationScoped
public class DatabaseLifecycle {

    private static final Logger LOG = Logger.getLogger(DatabaseLifecycle.class.getName());
    static final int DEADLOCK_TIMEOUT_SECONDS = 1;

    @Resource(lookup = ForumDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    ForumConfig config;

    @Inject
    Event<ForumStarted> started;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        Path dataDir = config.dataDir();
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot create the data directory " + dataDir + ": " + e.getMessage(), e);
        }
        LOG.info(() -> "Forum data directory: " + dataDir);
        databasePath = dataDir.resolve("db").toString();
        Flyway flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
        boolean newDatabase = flyway.info().current() == null;
        MigrateResult result = flyway.migrate();
        LOG.info(() -> (newDatabase ? "New database created; " : "Database opened; ") + result.migrationsExecuted
                + " schema migrations applied, schema at version " + flyway.info().current().getVersion());
        detectDeadlocksSoon();
        // Payara Micro does not undeploy the application when the JVM is stopped (Ctrl-C, SIGTERM), so the
        // database is also shut down from a JVM shutdown hook; an undeploy removes the hook again.
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        started.fire(new ForumStarted(newDatabase));
    }

    /**
     * Derby looks for a deadlock only after a lock wait of {@code derby.locks.deadlockTimeout} (20 s by default),
     * so two requests caught in one both hung for 20 s before one was rolled back. A second is enough: the victim's
     * use case then runs again ({@link DeadlockRetry}). A database property, so it holds for every connection.
     */
    private void detectDeadlocksSoon() {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getMetaData().getDatabaseProductName().contains("Derby")) {
                return;
            }
            try (CallableStatement set = connection.prepareCall(
                    "CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.locks.deadlockTimeout', ?)")) {
                set.setString(1, String.valueOf(DEADLOCK_TIMEOUT_SECONDS));
                set.execute();
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not shorten Derby's deadlock detection: " + e.getMessage());
        }
    }

    private final Thread shutdownHook = new Thread(this::shutDownDerby, "forum-derby-shutdown");
    /** Plain value, not the config proxy: the shutdown hook runs after CDI has stopped. */
    private String databasePath;
    private boolean shutDown;

    void onStop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object ignored) {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // the JVM is already shutting down (the hook runs or ran), or the hook was never registered
        }
        shutDownDerby();
    }

    private synchronized void shutDownDerby() {
        if (shutDown || databasePath == null) {
            return;
        }
        shutDown = true;
        EmbeddedDataSource shutdown = new EmbeddedDataSource();
        shutdown.setDatabaseName(databasePath);
        shutdown.setShutdownDatabase("shutdown");
        try {
            shutdown.getConnection().close();
        } catch (SQLException e) {
            if ("08006".equals(e.getSQLState())) {
                LOG.info("Derby database shut down cleanly");
            } else {
                LOG.log(Level.WARNING, "Derby shutdown reported " + e.getSQLState() + ": " + e.getMessage());
            }
        }
    }
}
