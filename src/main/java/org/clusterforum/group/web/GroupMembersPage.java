package org.clusterforum.group.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clusterforum.group.service.GroupMemberView;
import org.clusterforum.group.service.GroupService;
import org.clusterforum.group.service.GroupView;
import org.clusterforum.platform.security.CurrentMember;
import org.clusterforum.platform.validation.NotFound;
import org.clusterforum.platform.web.Pages;

/**
 * /groups/members?slug=…: a group's members, for those who may see its content; owners remove members, make
 * co-owners and hand over ownership here.
 */
@Named
@ViewScoped
public class GroupMembersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    GroupService groups;

    @Inject
    CurrentMember currentMember;

    private String slug;
    private GroupView group;
    private List<GroupMemberView> members;

    public void load() {
        try {
            group = groups.group(currentMember.viewer(), slug);
            members = groups.members(currentMember.viewer(), slug);
        } catch (NotFound e) {
            Pages.notFound();
        }
    }

    public void remove(long memberId, String name) {
        act(() -> groups.removeMember(currentMember.viewer(), slug, memberId), name + " is no longer a member.");
    }

    public void makeOwner(long memberId, String name) {
        act(() -> groups.makeOwner(currentMember.viewer(), slug, memberId), name + " is now an owner of the group.");
    }

    public void transfer(long memberId, String name) {
        act(() -> groups.transferOwnership(currentMember.viewer(), slug, memberId),
                "You handed the group to " + name + ". You are now a member.");
    }

    public void stepDown() {
        act(() -> groups.stepDown(currentMember.viewer(), slug), "You are no longer an owner of the group.");
    }

    private void act(Runnable action, String done) {
        GroupActions.run(action, done, () -> "/groups/members?slug=" + slug, "members", null);
    }

    public GroupView getGroup() {
        return group;
    }

    public List<GroupMemberView> getMembers() {
        return members;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
