package org.clusterforum.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The forum's database: embedded Derby under {@code FORUM_DATA_DIR/db}, created on first use. Payara expands
 * {@code ${MPCONFIG=...}} from MicroProfile Config, so the environment decides where the data lives.
 */
@DataSourceDefinition(
        name = ForumDataSource.JNDI_NAME,
        className = "org.apache.derby.jdbc.EmbeddedDataSource",
        databaseName = "${MPCONFIG=forum.data.dir}/db",
        minPoolSize = 1,
        maxPoolSize = 30,
        properties = {"createDatabase=create"})
@ApplicationScoped
public class ForumDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/forum";
}
