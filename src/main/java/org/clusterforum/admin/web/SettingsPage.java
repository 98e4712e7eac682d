package org.clusterforum.admin.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clusterforum.platform.config.SiteSettings;
import org.clusterforum.platform.security.CurrentMember;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.InvalidInput;
import org.clusterforum.platform.web.Pages;

/**
 * /admin/settings: site settings administrators change while the forum runs. Today: how many first posts of a
 * new member wait for approval. Anyone else gets "page not found".
 */
@Named
@ViewScoped
public class SettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SiteSettings settings;

    @Inject
    CurrentMember currentMember;

    private Integer newMemberApprovals;

    public void load() {
        if (!currentMember.can("ADMINISTER")) {
            Pages.notFound();
            return;
        }
        if (newMemberApprovals == null) {
            newMemberApprovals = settings.newMemberApprovals();
        }
    }

    public void save() {
        try {
            settings.changeNewMemberApprovals(currentMember.viewer(), newMemberApprovals == null ? -1 : newMemberApprovals);
            Pages.info("Settings saved. They apply from the next post.");
            Pages.redirect("/admin/settings");
        } catch (InvalidInput problems) {
            Pages.show(problems, "settings");
        } catch (Forbidden e) {
            Pages.error(e.getMessage());
        }
    }

    public int getMaxNewMemberApprovals() {
        return SiteSettings.MAX_NEW_MEMBER_APPROVALS;
    }

    public Integer getNewMemberApprovals() {
        return newMemberApprovals;
    }

    public void setNewMemberApprovals(Integer newMemberApprovals) {
        this.newMemberApprovals = newMemberApprovals;
    }
}
