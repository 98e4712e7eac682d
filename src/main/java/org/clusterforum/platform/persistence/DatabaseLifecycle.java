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
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        boolean newDatabase = result.initialSchemaVersion == null;
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migrations applied now)");
        started.fire(new ForumStarted(newDatabase));
    }

    void onStop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object ignored) {
        EmbeddedDataSource shutdown = new EmbeddedDataSource();
        shutdown.setDatabaseName(config.dataDir().resolve("db").toString());
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
