package org.clusterforum.challenge.model;

import java.time.Instant;
import org.clusterforum.platform.security.Role;

/**
 * Everything a challenge page shows about the challenge itself, read in one statement: the challenge, its title,
 * opening post and asker, its theme, and — for a signed-in reader — their vote, whether they watch it and their
 * own live answer.
 */
public record ChallengeHead(long id, String title, ChallengeStatus status, int score, int answerCount,
                            Long acceptedAnswerId, Long themeId, String themeName, String themeSlug,
                            Instant createdAt, long spaceId, long postId, String bodyHtml, Instant editedAt,
                            int revisionCount, int attachmentCount, boolean deleted, long askerId, String askerName,
                            Role askerRole, int askerReputation, String askerOrganisation, int readerVote,
                            boolean readerWatching, Long readerAnswerId, boolean locked,
                            boolean awaitingApproval) {
}
