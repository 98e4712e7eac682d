package org.clusterforum.group.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clusterforum.group.service.GroupEntryView;
import org.clusterforum.group.service.GroupService;
import org.clusterforum.group.service.GroupSummary;
import org.clusterforum.group.service.RequestsWaiting;
import org.clusterforum.platform.security.CurrentMember;

/** /groups: the groups a viewer may know of, their own groups, and invitations waiting for an answer. */
@Named
@ViewScoped
public class GroupsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String GONE = "This invitation is no longer available.";

    @Inject
    GroupService groups;

    @Inject
    CurrentMember currentMember;

    private List<GroupSummary> listed;
    private List<GroupEntryView> invitations;
    private List<RequestsWaiting> requests;

    /** Groups the viewer owns with join requests to decide. */
    public List<RequestsWaiting> getRequests() {
        if (requests == null) {
            requests = groups.requestsWaiting(currentMember.viewer());
        }
        return requests;
    }

    public List<GroupSummary> getListed() {
        if (listed == null) {
            listed = groups.groups(currentMember.viewer());
        }
        return listed;
    }

    public List<GroupEntryView> getInvitations() {
        if (invitations == null) {
            invitations = groups.invitations(currentMember.viewer());
        }
        return invitations;
    }

    public boolean isMayCreate() {
        return groups.maySeeCreateButton(currentMember.viewer());
    }

    public void accept(long entryId) {
        String[] slug = new String[1];
        GroupActions.run(() -> slug[0] = groups.acceptInvitation(currentMember.viewer(), entryId),
                "Welcome: you are now a member of the group.", () -> "/groups/group?slug=" + slug[0], "invitations",
                GONE);
    }

    public void decline(long entryId) {
        GroupActions.run(() -> groups.declineInvitation(currentMember.viewer(), entryId),
                "You declined the invitation.", () -> "/groups", "invitations", GONE);
    }
}
