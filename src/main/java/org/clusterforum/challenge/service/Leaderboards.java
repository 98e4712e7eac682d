package org.clusterforum.challenge.service;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clusterforum.platform.persistence.BaseEntity;
import org.clusterforum.platform.persistence.ForumStarted;

/**
 * The tags' leaderboards, kept in memory. Summing a popular tag's answers takes most of a second at 100,000
 * challenges, so no page waits for it: boards are prepared in the background at start-up, a board older than
 * {@link #TTL} is shown while a fresh one is summed in the background, and only a board never summed yet (a new
 * tag) is summed while its page waits — once, however many ask at the same time.
 */
@ApplicationScoped
class Leaderboards {

    static final Duration TTL = Duration.ofMinutes(5);
    private static final Logger LOG = Logger.getLogger(Leaderboards.class.getName());

    private record Board(Instant at, List<LeaderboardEntry> entries) {
    }

    @Inject
    ExpertService experts;

    @Resource
    ManagedExecutorService executor;

    private final ConcurrentHashMap<Long, Board> boards = new ConcurrentHashMap<>();
    private final Set<Long> refreshing = ConcurrentHashMap.newKeySet();

    List<LeaderboardEntry> of(long tagId) {
        Board board = boards.get(tagId);
        if (board == null) {
            return boards.computeIfAbsent(tagId, id -> new Board(BaseEntity.now(), experts.computeLeaderboard(id)))
                    .entries();
        }
        if (board.at().isBefore(BaseEntity.now().minus(TTL)) && refreshing.add(tagId)) {
            executor.execute(() -> refresh(tagId));
        }
        return board.entries();
    }

    private void refresh(long tagId) {
        try {
            boards.put(tagId, new Board(BaseEntity.now(), experts.computeLeaderboard(tagId)));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A tag's leaderboard could not be summed; the previous one stays", e);
        } finally {
            refreshing.remove(tagId);
        }
    }

    /** Prepares every tag's board in the background once the forum has started. */
    void onStart(@Observes @Priority(300) ForumStarted started) {
        executor.execute(() -> {
            try {
                for (Long tagId : experts.approvedTagIds()) {
                    if (refreshing.add(tagId)) {
                        refresh(tagId);
                    }
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Leaderboards not prepared at start-up; they are summed when first shown", e);
            }
        });
    }
}
