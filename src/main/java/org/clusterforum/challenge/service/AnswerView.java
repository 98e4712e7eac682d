package org.clusterforum.challenge.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.clusterforum.discussion.service.AttachmentView;
import org.clusterforum.platform.richtext.RichText;

/**
 * An answer on a challenge page, with what the viewer may do to it. The body is null for a deleted answer unless
 * the viewer moderates.
 */
public record AnswerView(long id, int position, Instant createdAt, Instant editedAt, RichText body,
                         int revisionCount, List<AttachmentView> attachments, boolean deleted, int score,
                         boolean accepted, boolean helpful, String disclosure, long authorId, String authorName,
                         String authorRoleLabel, int authorReputation, String authorOrganisation, int viewerVote,
                         boolean viewerMayVote, boolean viewerMayEdit, boolean viewerMayDelete,
                         boolean viewerMayAccept, boolean viewerMayMarkHelpful, boolean viewerMayComment,
                         List<CommentView> comments, boolean waiting) implements Serializable {

    public String anchor() {
        return "post-" + position;
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
