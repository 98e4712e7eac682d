package org.clusterforum.it;

import java.io.File;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
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
        awaitDatabaseReleased();
        File war = new File(System.getProperty("forum.war", "target/cluster-forum.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn package): " + war.getAbsolutePath());
        }
        return ShrinkWrap.create(ZipImporter.class, "forum.war").importFrom(war).as(WebArchive.class)
                .addClasses(testClasses);
    }

    /**
     * Each test class gets its own Payara Micro on the same database, and Arquillian stops the previous one without
     * waiting for it to exit. Derby refuses to boot a database that another process still holds (CI once failed a
     * whole class that way on a loaded machine), so wait until the previous forum has let go of Derby's lock file.
     */
    static void awaitDatabaseReleased() {
        Path lock = Path.of("target", "arquillian-data", "db", "dbex.lck");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (Files.exists(lock) && System.nanoTime() < deadline) {
            try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE);
                 FileLock free = channel.tryLock()) {
                if (free != null) {
                    return;
                }
            } catch (NoSuchFileException gone) {
                return;
            } catch (IOException | OverlappingFileLockException e) {
                // held or being deleted: look again shortly
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
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
