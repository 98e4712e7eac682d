package org.clusterforum.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The forum's settings, read once from MicroProfile Config: environment variables such as {@code FORUM_DATA_DIR}
 * map to the property {@code forum.data.dir}; defaults live in {@code META-INF/microprofile-config.properties}.
 */
@ApplicationScoped
public class ForumConfig {

    @Inject
    @ConfigProperty(name = "forum.data.dir", defaultValue = "data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "forum.demo", defaultValue = "true")
    boolean demo;

    @Inject
    @ConfigProperty(name = "forum.admin.email")
    Optional<String> adminEmail;

    @Inject
    @ConfigProperty(name = "forum.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "forum.password.iterations", defaultValue = "600000")
    int passwordIterations;

    @Inject
    @ConfigProperty(name = "forum.site.name", defaultValue = "Cluster Forum")
    String siteName;

    @Inject
    @ConfigProperty(name = "forum.base.url")
    Optional<String> baseUrl;

    @Inject
    @ConfigProperty(name = "forum.sql.log", defaultValue = "false")
    boolean sqlLog;

    @Inject
    @ConfigProperty(name = "forum.guest.cache.seconds", defaultValue = "60")
    int guestCacheSeconds;

    @Inject
    @ConfigProperty(name = "forum.new.member.approvals", defaultValue = "2")
    int newMemberApprovals;

    @Inject
    @ConfigProperty(name = "forum.site.description",
            defaultValue = "Share experience, bring your business challenges and get answers from people across the"
                    + " cluster.")
    String siteDescription;

    @Inject
    @ConfigProperty(name = "forum.registration.open", defaultValue = "true")
    boolean registrationOpen;

    @Inject
    @ConfigProperty(name = "forum.attachments.max-bytes", defaultValue = "5242880")
    long attachmentMaxBytes;

    @Inject
    @ConfigProperty(name = "forum.attachments.per-post", defaultValue = "5")
    int attachmentsPerPost;

    @ConfigProperty(name = "forum.groups.creation", defaultValue = "members")
    String groupCreation;

    public Path dataDir() {
        return Path.of(dataDir).toAbsolutePath().normalize();
    }

    public boolean demo() {
        return demo;
    }

    public Optional<String> adminEmail() {
        return adminEmail.map(String::trim).filter(s -> !s.isEmpty());
    }

    public Optional<String> adminPassword() {
        return adminPassword.filter(s -> !s.isEmpty());
    }

    public int passwordIterations() {
        return passwordIterations;
    }

    public String siteName() {
        return siteName;
    }

    public Optional<String> baseUrl() {
        return baseUrl.map(String::trim).filter(s -> !s.isEmpty());
    }

    /** Log the number of SQL statements of every request (for benchmarks). */
    public boolean sqlLog() {
        return sqlLog;
    }

    /** How long a page rendered for visitors may be served again while no content changes (0: never). */
    public int guestCacheSeconds() {
        return Math.max(0, guestCacheSeconds);
    }

    /** Who may create groups: every member ({@code members}, the default) or administrators only ({@code admins}). */
    public boolean groupsByAdminsOnly() {
        return "admins".equalsIgnoreCase(groupCreation == null ? "" : groupCreation.strip());
    }

    /** How many first posts of a new member wait for approval, unless an administrator set it in a page. */
    public int newMemberApprovals() {
        return Math.max(0, newMemberApprovals);
    }

    /** The line under the site's name on the home page, unless an administrator set it in a page. */
    public String siteDescription() {
        return siteDescription;
    }

    /** Whether people may create accounts themselves, unless an administrator set it in a page. */
    public boolean registrationOpen() {
        return registrationOpen;
    }

    /** The largest attachment in bytes, unless an administrator set it in a page. */
    public long attachmentMaxBytes() {
        return attachmentMaxBytes;
    }

    /** How many files one post may carry, unless an administrator set it in a page. */
    public int attachmentsPerPost() {
        return attachmentsPerPost;
    }
}
