package org.clusterforum.discussion.service;

import java.io.Serializable;
import java.time.Instant;
import org.clusterforum.platform.richtext.RichText;

/**
 * A post as shown on a thread page, with what the viewer may do to it. The body is the stored sanitised HTML
 * (pages do not read the plain-text copy), rendered only through the richText tag; for a deleted post it is null
 * unless the viewer moderates. {@code deleteReason} (why a moderator hid it) only for moderators and the author.
 */
public record PostView(long id, int position, long authorId, String authorName, String authorRoleLabel,
                       String authorOrganisation, Instant createdAt, Instant editedAt, boolean deleted,
                       RichText body, String url, ReplyTo replyTo, int likeCount, boolean likedByViewer,
                       boolean viewerMayLike, boolean viewerMayEdit, boolean viewerMayDelete, int revisionCount,
                       java.util.List<AttachmentView> attachments, String deleteReason, boolean viewerMayHide,
                       boolean viewerMayRestore, boolean awaitingApproval, boolean viewerMayApprove)
        implements Serializable {

    /** The post this one answers. */
    public record ReplyTo(long postId, int position, String authorName, String url) implements Serializable {
    }

    public String anchor() {
        return "post-" + position;
    }

    public boolean edited() {
        return editedAt != null;
    }

    public boolean showBody() {
        return body != null;
    }
}
