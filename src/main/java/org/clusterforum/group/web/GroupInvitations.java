package org.clusterforum.group.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.clusterforum.group.service.GroupService;
import org.clusterforum.group.service.GroupsWaiting;
import org.clusterforum.platform.security.CurrentMember;

/** What waits for the member in groups (invitations, requests to decide), for the header: {@code #{groupInvitations.waiting}}. */
@Named
@RequestScoped
public class GroupInvitations {

    @Inject
    GroupService groups;

    @Inject
    CurrentMember currentMember;

    private String waiting;

    /**
     * What waits for the member in groups, for the header: "" or " (1 invitation, 2 requests)" (requests to join
     * groups they own).
     */
    public String getWaiting() {
        if (waiting == null) {
            GroupsWaiting counts = groups.waitingFor(currentMember.viewer());
            long invitations = counts.invitations();
            long requests = counts.requests();
            java.util.List<String> parts = new java.util.ArrayList<>();
            if (invitations > 0) {
                parts.add(invitations + (invitations == 1 ? " invitation" : " invitations"));
            }
            if (requests > 0) {
                parts.add(requests + (requests == 1 ? " request" : " requests"));
            }
            waiting = parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
        }
        return waiting;
    }
}
