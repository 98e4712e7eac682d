package org.clusterforum.group.service;

/**
 * A group's page as the viewer may see it. {@code contentVisible}: threads, challenges and members are shown
 * (members, moderators, anyone for a public group); otherwise only name, description and how to join.
 */
public record GroupView(long id, String name, String slug, String description, String visibility,
                        String visibilityExplanation, boolean hidden, int memberCount, int threadCount,
                        String myRole, boolean contentVisible, boolean canJoin, boolean canRequest,
                        Long myRequestId, Long myInvitationId, boolean canLeave, boolean canManage,
                        boolean canPost, boolean staffOnly, Long originThreadId) implements java.io.Serializable {

    public String url() {
        return "/groups/group?slug=" + slug;
    }

    public boolean member() {
        return myRole != null;
    }
}
