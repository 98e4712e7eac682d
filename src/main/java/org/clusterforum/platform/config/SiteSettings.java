package org.clusterforum.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.clusterforum.platform.audit.AuditAction;
import org.clusterforum.platform.audit.AuditTarget;
import org.clusterforum.platform.audit.AuditTrail;
import org.clusterforum.platform.security.Permission;
import org.clusterforum.platform.security.Viewer;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.InvalidInput;

/**
 * Settings administrators change while the forum runs (no redeploy): a row in SITE_SETTING overrides the
 * configured default (MicroProfile Config / environment). Read on use, so every node sees a change at once.
 */
@ApplicationScoped
public class SiteSettings {

    static final String NEW_MEMBER_APPROVALS = "new-member-approvals";
    public static final int MAX_NEW_MEMBER_APPROVALS = 20;

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    ForumConfig config;

    @Inject
    AuditTrail audit;

    /** How many first posts of a new member wait for a moderator's approval (0: none). */
    @Transactional
    public int newMemberApprovals() {
        SiteSetting row = em.find(SiteSetting.class, NEW_MEMBER_APPROVALS);
        if (row == null) {
            return config.newMemberApprovals();
        }
        try {
            return Math.clamp(Integer.parseInt(row.value()), 0, MAX_NEW_MEMBER_APPROVALS);
        } catch (NumberFormatException e) {
            return config.newMemberApprovals();
        }
    }

    @Transactional
    public void changeNewMemberApprovals(Viewer viewer, int count) {
        if (!viewer.can(Permission.ADMINISTER)) {
            throw new Forbidden("Only administrators change site settings.");
        }
        if (count < 0 || count > MAX_NEW_MEMBER_APPROVALS) {
            throw InvalidInput.of("newMemberApprovals", "Choose a number from 0 (no approval) to "
                    + MAX_NEW_MEMBER_APPROVALS + ".");
        }
        SiteSetting row = em.find(SiteSetting.class, NEW_MEMBER_APPROVALS);
        if (row == null) {
            em.persist(new SiteSetting(NEW_MEMBER_APPROVALS, Integer.toString(count)));
        } else {
            row.change(Integer.toString(count));
        }
        audit.record(viewer, AuditAction.CHANGE_SETTING, new AuditTarget("setting", null,
                "New members' posts awaiting approval", "/admin/settings"), "Set to " + count);
    }
}
