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

    /** The forum with test classes and the jars that hold these library classes (from the test classpath). */
    public static WebArchive forumWithLibraries(Class<?>[] testClasses, Class<?>... libraryClasses) {
        WebArchive archive = forum(testClasses);
        for (Class<?> library : libraryClasses) {
            try {
                archive.addAsLibrary(new File(library.getProtectionDomain().getCodeSource().getLocation().toURI()));
            } catch (java.net.URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return archive;
    }
}
