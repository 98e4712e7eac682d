package org.clusterforum.challenge.model;

import java.time.Instant;
import java.util.List;

/**
 * Which challenges a list shows: a view, in the given spaces (those the viewer may see), optionally only with all
 * of {@code tagIds} (rarest first), asked by one member, or related to one theme. {@code since} bounds the TOP
 * view.
 */
public record ChallengeQuery(View view, List<Long> spaceIds, List<Long> tagIds, Long askerId, Long themeId,
                             Instant since) {

    public enum View {
        NEWEST, UNANSWERED, UNSOLVED, SOLVED, TOP
    }

    public ChallengeQuery {
        spaceIds = List.copyOf(spaceIds);
        tagIds = List.copyOf(tagIds);
    }
}
