package org.clusterforum.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Builds Arquillian deployments from the WAR that {@code mvn package} just made, so container tests run the real
 * application (all features, migrations, configuration) rather than a hand-picked list of classes.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive forum(Class<?>... testClasses) {
        File war = new File(System.getProperty("forum.war", "target/cluster-forum.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn package): " + war.getAbsolutePath());
        }
        return ShrinkWrap.create(ZipImporter.class, "forum.war").importFrom(war).as(WebArchive.class)
                .addClasses(testClasses);
    }
}
