package org.clusterforum.discussion.model;

import java.time.Instant;
import org.clusterforum.platform.security.Role;

/**
 * A post as a thread page shows it, read in one statement with its author, the author's organisation, the post
 * it replies to and whether the reader liked it. {@code bodyHtml} is the stored, already sanitised HTML.
 */
public record PostRow(long id, int position, Instant createdAt, Instant editedAt, boolean deleted, String bodyHtml,
                      int likeCount, int revisionCount, int attachmentCount, long authorId, String authorName,
                      Role authorRole, String authorOrganisation, Long replyToId, Integer replyToPosition,
                      String replyToAuthorName, Long likeId, String deleteReason,
                      boolean awaitingApproval) {

    public boolean likedByReader() {
        return likeId != null;
    }
}
