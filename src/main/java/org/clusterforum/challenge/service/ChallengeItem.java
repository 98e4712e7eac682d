package org.clusterforum.challenge.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.clusterforum.challenge.model.ChallengeStatus;

/** A challenge in a list. */
public record ChallengeItem(long id, String title, long askerId, String askerName, ChallengeStatus status,
                            int score, int answerCount, Instant createdAt, Instant lastActivityAt,
                            List<TagView> tags) implements Serializable {

    public String url() {
        return "/challenges/challenge?id=" + id;
    }

    public String statusLabel() {
        return status.label();
    }

    public String statusClass() {
        return "status-" + status.name().toLowerCase(java.util.Locale.ROOT);
    }
}
