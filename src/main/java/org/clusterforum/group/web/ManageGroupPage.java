package org.clusterforum.group.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.clusterforum.group.model.GroupVisibility;
import org.clusterforum.group.service.GroupEntryView;
import org.clusterforum.group.service.GroupForm;
import org.clusterforum.group.service.GroupService;
import org.clusterforum.group.service.GroupView;
import org.clusterforum.platform.security.CurrentMember;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.NotFound;
import org.clusterforum.platform.web.Pages;

/**
 * /groups/manage?slug=…: for a group's owners: invite members, answer join requests, withdraw invitations and
 * change the group's name, description and visibility. Anyone else gets 404 (or a refusal if they see the group).
 */
@Named
@ViewScoped
public class ManageGroupPage extends GroupFields {

    private static final long serialVersionUID = 1L;

    @Inject
    GroupService groups;

    @Inject
    CurrentMember currentMember;

    private String slug;
    private GroupView group;
    private List<GroupEntryView> pending;
    private String invitee;
    private String inviteMessage;

    public void load() {
        try {
            group = groups.group(currentMember.viewer(), slug);
            if (!group.canManage()) {
                if (group.contentVisible()) {
                    Pages.sendError(403);
                } else {
                    Pages.notFound();
                }
                return;
            }
            pending = groups.pendingEntries(currentMember.viewer(), slug);
            if (getName() == null) {
                setName(group.name());
                setDescription(group.description());
                setVisibility(GroupVisibility.valueOf(group.visibility().toUpperCase(java.util.Locale.ROOT)));
            }
        } catch (NotFound e) {
            Pages.notFound();
        } catch (Forbidden e) {
            Pages.sendError(403);
        }
    }

    public void invite() {
        String[] invited = new String[1];
        GroupActions.run(() -> invited[0] = groups.invite(currentMember.viewer(), slug, invitee, inviteMessage)
                        .displayName(), () -> "Invitation sent to " + invited[0] + ". They will find it under Groups.",
                () -> "/groups/manage?slug=" + slug, "invite", null);
    }

    public void withdraw(long entryId) {
        act(() -> groups.withdrawInvitation(currentMember.viewer(), entryId), "The invitation is withdrawn.");
    }

    public void approve(long entryId, String who) {
        act(() -> groups.approveRequest(currentMember.viewer(), entryId), who + " is now a member of the group.");
    }

    public void refuse(long entryId, String who) {
        act(() -> groups.refuseRequest(currentMember.viewer(), entryId), "You refused " + who + "'s request.");
    }

    public void save() {
        GroupActions.run(() -> groups.changeGroup(currentMember.viewer(), slug,
                        new GroupForm(getName(), getDescription(), getVisibility())),
                "The group's settings are saved.", () -> "/groups/manage?slug=" + slug, "settings", null);
    }

    private void act(Runnable action, String done) {
        GroupActions.run(action, done, () -> "/groups/manage?slug=" + slug, "pending",
                "That invitation or request is no longer available.");
    }

    public GroupView getGroup() {
        return group;
    }

    public List<GroupEntryView> getPending() {
        return pending;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getInvitee() {
        return invitee;
    }

    public void setInvitee(String invitee) {
        this.invitee = invitee;
    }

    public String getInviteMessage() {
        return inviteMessage;
    }

    public void setInviteMessage(String inviteMessage) {
        this.inviteMessage = inviteMessage;
    }

}
