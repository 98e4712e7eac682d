package org.clusterforum.challenge.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.clusterforum.challenge.model.ChallengeStatus;
import org.clusterforum.discussion.service.AttachmentView;
import org.clusterforum.platform.richtext.RichText;

/** A challenge at the top of its page, with what the viewer may do. */
public record ChallengeView(long id, String title, ChallengeStatus status, int score, int answerCount,
                            String themeName, String themeSlug, Instant createdAt, long postId, RichText body,
                            Instant editedAt, int revisionCount, List<AttachmentView> attachments, long askerId,
                            String askerName, String askerRoleLabel, int askerReputation, String askerOrganisation,
                            List<TagView> tags, int viewerVote, boolean viewerWatching, Long viewerAnswerId,
                            boolean viewerIsAsker, boolean viewerMayAnswer, boolean viewerMayVote,
                            boolean viewerMayEdit, boolean viewerMayComment, boolean viewerMayInvite,
                            boolean viewerMayWithdrawAcceptance, boolean viewerMayDelete, List<CommentView> comments)
        implements Serializable {

    public String statusLabel() {
        return status.label();
    }

    public String statusClass() {
        return "status-" + status.name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean solved() {
        return status == ChallengeStatus.SOLVED;
    }

    public boolean edited() {
        return editedAt != null;
    }

    public boolean upvoted() {
        return viewerVote > 0;
    }

    public boolean downvoted() {
        return viewerVote < 0;
    }
}
