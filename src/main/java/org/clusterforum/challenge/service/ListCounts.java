package org.clusterforum.challenge.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.clusterforum.challenge.model.ChallengeQuery;
import org.clusterforum.challenge.model.ChallengeRepository;
import org.clusterforum.platform.persistence.BaseEntity;

/**
 * How many challenges the shared lists hold ("30,198 challenges", "page 3 of 1,510"). Counting walks an index
 * range entry by entry — a quarter of a second for 100,000 challenges on Derby — while the page itself is read in
 * milliseconds, so each list's count is kept for {@link #TTL}: a new challenge shows at once, the total up to half
 * a minute later. One request counts for each list at a time; the others wait for its result.
 */
@ApplicationScoped
class ListCounts {

    static final Duration TTL = Duration.ofSeconds(30);
    private static final int MAX_LISTS = 5_000;

    private record Counted(Instant at, long count) {
    }

    @Inject
    ChallengeRepository challenges;

    private final ConcurrentHashMap<ChallengeQuery, Counted> counts = new ConcurrentHashMap<>();

    @Transactional(Transactional.TxType.MANDATORY)
    long of(ChallengeQuery query) {
        Instant now = BaseEntity.now();
        Counted known = counts.get(query);
        if (known != null && known.at().isAfter(now.minus(TTL))) {
            return known.count();
        }
        if (counts.size() > MAX_LISTS) {
            counts.clear();
        }
        return counts.compute(query, (q, old) -> old != null && old.at().isAfter(now.minus(TTL)) ? old
                : new Counted(now, challenges.count(q))).count();
    }
}
