package org.clusterforum.group.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clusterforum.challenge.service.ChallengeList;
import org.clusterforum.challenge.service.ChallengeService;
import org.clusterforum.discussion.service.DiscussionService;
import org.clusterforum.discussion.service.ThreadItem;
import org.clusterforum.group.service.GroupService;
import org.clusterforum.group.service.GroupView;
import org.clusterforum.platform.persistence.Page;
import org.clusterforum.platform.persistence.PageRequest;
import org.clusterforum.platform.security.CurrentMember;
import org.clusterforum.platform.validation.NotFound;
import org.clusterforum.platform.web.Ids;
import org.clusterforum.platform.web.Pages;

/**
 * /groups/group?slug=…&amp;page=2: a group's page. Everyone who may know of the group sees its name, description
 * and how to join; those who may see its content also see its discussions and challenges. A hidden group is a
 * 404 to everyone else.
 */
@Named
@ViewScoped
public class GroupPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int CHALLENGES_SHOWN = 10;

    @Inject
    GroupService groups;

    @Inject
    DiscussionService discussions;

    @Inject
    ChallengeService challenges;

    @Inject
    CurrentMember currentMember;

    private String slug;
    private String page;
    private String message;
    private GroupView group;
    private Page<ThreadItem> threads;
    private ChallengeList groupChallenges;

    public void load() {
        try {
            group = groups.group(currentMember.viewer(), slug);
            if (group.contentVisible()) {
                threads = discussions.threadsOfGroup(currentMember.viewer(), slug,
                        PageRequest.of(Ids.parse(page), DiscussionService.THREADS_PER_PAGE));
                groupChallenges = challenges.listInGroup(currentMember.viewer(), slug,
                        PageRequest.of(1L, CHALLENGES_SHOWN));
            }
        } catch (NotFound e) {
            Pages.notFound();
        }
    }

    public void join() {
        act(() -> groups.join(currentMember.viewer(), slug), "Welcome: you are now a member of this group.");
    }

    public void requestToJoin() {
        act(() -> groups.requestToJoin(currentMember.viewer(), slug, message),
                "Your request to join is sent. An owner of the group will decide.");
    }

    public void withdrawRequest() {
        act(() -> groups.withdrawRequest(currentMember.viewer(), slug), "You withdrew your request to join.");
    }

    public void acceptInvitation() {
        act(() -> groups.acceptInvitation(currentMember.viewer(), group.myInvitationId()),
                "Welcome: you are now a member of this group.");
    }

    public void declineInvitation() {
        act(() -> groups.declineInvitation(currentMember.viewer(), group.myInvitationId()),
                "You declined the invitation.");
    }

    public void leave() {
        GroupActions.run(() -> groups.leave(currentMember.viewer(), slug), "You left the group.", () -> "/groups",
                "membership", null);
    }

    private void act(Runnable action, String done) {
        GroupActions.run(action, done, () -> "/groups/group?slug=" + slug, "membership",
                "This group or invitation is no longer available.");
    }

    public GroupView getGroup() {
        return group;
    }

    public Page<ThreadItem> getThreads() {
        return threads;
    }

    public ChallengeList getChallenges() {
        return groupChallenges;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
