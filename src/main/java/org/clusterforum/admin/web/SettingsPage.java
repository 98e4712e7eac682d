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
 * /admin/settings: site settings administrators change while the forum runs: the forum's name and description,
 * whether registration is open, how many first posts of a new member wait for approval, and attachment limits.
 * Anyone else gets "page not found". What was typed survives a refusal.
 */
@Named
@ViewScoped
public class SettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SiteSettings settings;

    @Inject
    CurrentMember currentMember;

    @Inject
    org.clusterforum.search.service.SearchService search;

    @Inject
    org.clusterforum.platform.mail.MailSettings mail;

    @Inject
    org.clusterforum.platform.mail.MailOutbox outbox;

    private transient org.clusterforum.platform.mail.OutboxStatus outboxStatus;
    private transient org.clusterforum.search.service.IndexStatus searchIndex;

    /** Why email is off (null when it is on), for the warning at the top of the page. */
    public String getMailOff() {
        return mail.whyOff().orElse(null);
    }

    public String getMailFrom() {
        return mail.from();
    }

    public org.clusterforum.search.service.IndexStatus getSearchIndex() {
        if (searchIndex == null) {
            searchIndex = search.indexStatus(currentMember.viewer());
        }
        return searchIndex;
    }

    public org.clusterforum.platform.mail.OutboxStatus getOutbox() {
        if (outboxStatus == null) {
            outboxStatus = outbox.status();
        }
        return outboxStatus;
    }

    private boolean loaded;
    private String siteName;
    private String siteDescription;
    private boolean registrationOpen;
    private Integer newMemberApprovals;
    private Integer attachmentMegabytes;
    private Integer attachmentsPerPost;

    public void load() {
        if (!currentMember.can("ADMINISTER")) {
            Pages.notFound();
            return;
        }
        if (!loaded) {
            SiteSettings.Values now = settings.values();
            siteName = now.siteName();
            siteDescription = now.siteDescription();
            registrationOpen = now.registrationOpen();
            newMemberApprovals = now.newMemberApprovals();
            attachmentMegabytes = now.attachmentMegabytes();
            attachmentsPerPost = now.attachmentsPerPost();
            loaded = true;
        }
    }

    public void save() {
        try {
            settings.change(currentMember.viewer(), new SiteSettings.Values(siteName, siteDescription,
                    registrationOpen, orMinusOne(newMemberApprovals), orMinusOne(attachmentMegabytes),
                    orMinusOne(attachmentsPerPost)));
            Pages.info("Settings saved. They apply from the next page.");
            Pages.redirect("/admin/settings");
        } catch (InvalidInput problems) {
            Pages.show(problems, "settings");
        } catch (Forbidden e) {
            Pages.error(e.getMessage());
        }
    }

    /** Starts a rebuild of the search index (it runs in the background; searches keep working). */
    public void rebuildSearch() {
        try {
            if (search.rebuildIndex(currentMember.viewer())) {
                Pages.info("The search index is being rebuilt from the database. Searches keep working meanwhile.");
            } else {
                Pages.info("A rebuild of the search index is already running; it was not started again.");
            }
            Pages.redirect("/admin/settings");
        } catch (Forbidden e) {
            Pages.error(e.getMessage());
        }
    }

    private static int orMinusOne(Integer value) {
        return value == null ? -1 : value;
    }

    public int getMaxNewMemberApprovals() {
        return SiteSettings.MAX_NEW_MEMBER_APPROVALS;
    }

    public int getMaxAttachmentMegabytes() {
        return SiteSettings.MAX_ATTACHMENT_MEGABYTES;
    }

    public int getMaxAttachmentsPerPost() {
        return SiteSettings.MAX_ATTACHMENTS_PER_POST;
    }

    public String getSiteName() {
        return siteName;
    }

    public void setSiteName(String siteName) {
        this.siteName = siteName;
    }

    public String getSiteDescription() {
        return siteDescription;
    }

    public void setSiteDescription(String siteDescription) {
        this.siteDescription = siteDescription;
    }

    public boolean isRegistrationOpen() {
        return registrationOpen;
    }

    public void setRegistrationOpen(boolean registrationOpen) {
        this.registrationOpen = registrationOpen;
    }

    public Integer getNewMemberApprovals() {
        return newMemberApprovals;
    }

    public void setNewMemberApprovals(Integer newMemberApprovals) {
        this.newMemberApprovals = newMemberApprovals;
    }

    public Integer getAttachmentMegabytes() {
        return attachmentMegabytes;
    }

    public void setAttachmentMegabytes(Integer attachmentMegabytes) {
        this.attachmentMegabytes = attachmentMegabytes;
    }

    public Integer getAttachmentsPerPost() {
        return attachmentsPerPost;
    }

    public void setAttachmentsPerPost(Integer attachmentsPerPost) {
        this.attachmentsPerPost = attachmentsPerPost;
    }
}
