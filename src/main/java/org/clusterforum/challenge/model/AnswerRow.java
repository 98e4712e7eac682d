package org.clusterforum.challenge.model;

import java.time.Instant;
import org.clusterforum.platform.security.Role;

/** One answer as the challenge page shows it, with its author and the reader's vote (0 for none). */
public record AnswerRow(long id, int position, Instant createdAt, Instant editedAt, String bodyHtml,
                        int revisionCount, int attachmentCount, boolean deleted, int score, boolean accepted,
                        boolean helpful, String disclosure, long authorId, String authorName, Role authorRole,
                        int authorReputation, String authorOrganisation, int readerVote, boolean held) {
}
