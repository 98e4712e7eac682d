package org.clusterforum.platform.config;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.clusterforum.platform.audit.AuditAction;
import org.clusterforum.platform.audit.AuditTarget;
import org.clusterforum.platform.audit.AuditTrail;
import org.clusterforum.platform.security.Permission;
import org.clusterforum.platform.security.Viewer;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.InvalidInput;
import org.clusterforum.platform.validation.Texts;

/**
 * Settings administrators change while the forum runs (no redeploy): a row in SITE_SETTING overrides the
 * configured default (MicroProfile Config / environment). They are read on nearly every page (the site's name),
 * so they are kept in memory: this node sees its own change at once, other nodes within {@link #FRESH_FOR}.
 */
@ApplicationScoped
public class SiteSettings {

    static final String NEW_MEMBER_APPROVALS = "new-member-approvals";
    static final String SITE_NAME = "site-name";
    static final String SITE_DESCRIPTION = "site-description";
    static final String REGISTRATION_OPEN = "registration-open";
    static final String ATTACHMENT_MEGABYTES = "attachment-megabytes";
    static final String ATTACHMENTS_PER_POST = "attachments-per-post";

    public static final int MAX_NEW_MEMBER_APPROVALS = 20;
    public static final int MAX_SITE_NAME = 60;
    public static final int MAX_SITE_DESCRIPTION = 300;
    public static final int MAX_ATTACHMENT_MEGABYTES = 25;
    public static final int MAX_ATTACHMENTS_PER_POST = 10;
    /** How long another node may go on using settings it read. */
    public static final Duration FRESH_FOR = Duration.ofSeconds(30);

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    ForumConfig config;

    @Inject
    AuditTrail audit;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private volatile Snapshot cached;

    /** The settings as they are now: the configured defaults with the administrators' changes on top. */
    public record Values(String siteName, String siteDescription, boolean registrationOpen, int newMemberApprovals,
                         int attachmentMegabytes, int attachmentsPerPost) implements java.io.Serializable {
    }

    private record Snapshot(Values values, long readAt) {
    }

    @Transactional
    public Values values() {
        Snapshot snapshot = cached;
        if (snapshot == null || System.nanoTime() - snapshot.readAt() > FRESH_FOR.toNanos()) {
            snapshot = new Snapshot(read(), System.nanoTime());
            cached = snapshot;
        }
        return snapshot.values();
    }

    /** How many first posts of a new member wait for a moderator's approval (0: none). */
    public int newMemberApprovals() {
        return values().newMemberApprovals();
    }

    public String siteName() {
        return values().siteName();
    }

    public String siteDescription() {
        return values().siteDescription();
    }

    public boolean registrationOpen() {
        return values().registrationOpen();
    }

    public long attachmentMaxBytes() {
        return values().attachmentMegabytes() * 1024L * 1024L;
    }

    public int attachmentsPerPost() {
        return values().attachmentsPerPost();
    }

    private Values read() {
        Map<String, String> rows = new HashMap<>();
        em.createQuery("select s from SiteSetting s", SiteSetting.class).getResultList()
                .forEach(s -> rows.put(s.name(), s.value()));
        long defaultMegabytes = Math.max(1, config.attachmentMaxBytes() / (1024 * 1024));
        return new Values(
                rows.getOrDefault(SITE_NAME, config.siteName()),
                rows.getOrDefault(SITE_DESCRIPTION, config.siteDescription()),
                Boolean.parseBoolean(rows.getOrDefault(REGISTRATION_OPEN, Boolean.toString(config.registrationOpen()))),
                number(rows.get(NEW_MEMBER_APPROVALS), config.newMemberApprovals(), 0, MAX_NEW_MEMBER_APPROVALS),
                number(rows.get(ATTACHMENT_MEGABYTES), (int) Math.min(defaultMegabytes, MAX_ATTACHMENT_MEGABYTES), 1,
                        MAX_ATTACHMENT_MEGABYTES),
                number(rows.get(ATTACHMENTS_PER_POST), Math.clamp(config.attachmentsPerPost(), 0,
                        MAX_ATTACHMENTS_PER_POST), 0, MAX_ATTACHMENTS_PER_POST));
    }

    private static int number(String stored, int fallback, int min, int max) {
        if (stored == null) {
            return fallback;
        }
        try {
            return Math.clamp(Integer.parseInt(stored), min, max);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /**
     * Saves the settings an administrator changed on the settings page: every value is checked first (all
     * problems at once, nothing saved), then each one that differs is stored and logged.
     */
    @Transactional
    public void change(Viewer viewer, Values wanted) {
        requireAdministrator(viewer);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String name = Texts.clean(wanted.siteName());
        String description = Texts.clean(wanted.siteDescription());
        if (name.isEmpty()) {
            problems.add("siteName", "Enter the forum's name: it heads every page.");
        } else if (Texts.length(name) > MAX_SITE_NAME) {
            problems.add("siteName", "Keep the name under " + MAX_SITE_NAME + " characters.");
        }
        if (Texts.length(description) > MAX_SITE_DESCRIPTION) {
            problems.add("siteDescription", "Keep the description under " + MAX_SITE_DESCRIPTION + " characters.");
        }
        checkRange(problems, "newMemberApprovals", wanted.newMemberApprovals(), 0, MAX_NEW_MEMBER_APPROVALS,
                " (0: no approval)");
        checkRange(problems, "attachmentMegabytes", wanted.attachmentMegabytes(), 1, MAX_ATTACHMENT_MEGABYTES, "");
        checkRange(problems, "attachmentsPerPost", wanted.attachmentsPerPost(), 0, MAX_ATTACHMENTS_PER_POST,
                " (0: no attachments)");
        problems.throwIfAny();
        Values now = read();
        store(viewer, SITE_NAME, "Site name", now.siteName(), name);
        store(viewer, SITE_DESCRIPTION, "Site description", now.siteDescription(), description);
        store(viewer, REGISTRATION_OPEN, "Registration open", Boolean.toString(now.registrationOpen()),
                Boolean.toString(wanted.registrationOpen()));
        store(viewer, NEW_MEMBER_APPROVALS, "New members' posts awaiting approval",
                Integer.toString(now.newMemberApprovals()), Integer.toString(wanted.newMemberApprovals()));
        store(viewer, ATTACHMENT_MEGABYTES, "Largest attachment (MB)", Integer.toString(now.attachmentMegabytes()),
                Integer.toString(wanted.attachmentMegabytes()));
        store(viewer, ATTACHMENTS_PER_POST, "Attachments per post", Integer.toString(now.attachmentsPerPost()),
                Integer.toString(wanted.attachmentsPerPost()));
        forgetCachedValues();
    }

    /** Changes only how many first posts of a new member wait for approval (0 to {@value #MAX_NEW_MEMBER_APPROVALS}). */
    @Transactional
    public void changeNewMemberApprovals(Viewer viewer, int count) {
        requireAdministrator(viewer);
        Values now = read();
        change(viewer, new Values(now.siteName(), now.siteDescription(), now.registrationOpen(), count,
                now.attachmentMegabytes(), now.attachmentsPerPost()));
    }

    private static void checkRange(InvalidInput.Collector problems, String field, int value, int min, int max,
                                   String hint) {
        if (value < min || value > max) {
            problems.add(field, "Choose a number from " + min + " to " + max + hint + ".");
        }
    }

    private void store(Viewer viewer, String key, String label, String before, String after) {
        if (before.equals(after)) {
            return;
        }
        SiteSetting row = em.find(SiteSetting.class, key);
        if (row == null) {
            em.persist(new SiteSetting(key, after));
        } else {
            row.change(after);
        }
        audit.record(viewer, AuditAction.CHANGE_SETTING, new AuditTarget("setting", null, label, "/admin/settings"),
                "Set to " + (after.isEmpty() ? "(empty)" : after));
    }

    /** Drops the values kept in memory now and again once the change is committed (a reader in between). */
    private void forgetCachedValues() {
        cached = null;
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                cached = null;
            }
        });
    }

    private static void requireAdministrator(Viewer viewer) {
        if (!viewer.can(Permission.ADMINISTER)) {
            throw new Forbidden("Only administrators change site settings.");
        }
    }
}
