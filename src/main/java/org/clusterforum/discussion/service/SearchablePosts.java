package org.clusterforum.discussion.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clusterforum.discussion.model.PostRepository;
import org.clusterforum.discussion.model.ThreadKind;
import org.clusterforum.discussion.model.ThreadRepository;

/**
 * What search may index, read fresh from the database: the visible posts of some threads (after a change), or all
 * of them in batches (a rebuild). Who may see a post is decided at search time from its space.
 */
@ApplicationScoped
public class SearchablePosts {

    @Inject
    PostRepository posts;

    @Inject
    ThreadRepository threads;

    @Transactional
    public List<SearchablePost> ofThreads(Collection<Long> threadIds) {
        return threadIds.isEmpty() ? List.of() : posts.searchableOf(threadIds).stream().map(SearchablePosts::of).toList();
    }

    /** The next {@code limit} searchable posts after post {@code afterId}, in id order. */
    @Transactional
    public List<SearchablePost> after(long afterId, int limit) {
        return posts.searchableAfter(afterId, limit).stream().map(SearchablePosts::of).toList();
    }

    /**
     * Where each of these threads is (its theme's, group's or the challenge board's name and address), for search
     * results; the caller only asks for threads its searcher may read.
     */
    @Transactional
    public Map<Long, Place> placesOf(Collection<Long> threadIds) {
        Map<Long, Place> places = new HashMap<>();
        threads.spacesOf(threadIds).forEach((id, space) -> places.put(id, new Place(space.getName(), space.address())));
        return places;
    }

    /** A theme, group or the challenge board, as a result names it and links to it. */
    public record Place(String name, String address) implements java.io.Serializable {
    }

    private static SearchablePost of(Object[] r) {
        boolean challenge = ThreadKind.CHALLENGE.name().equals(r[3]);
        boolean opening = ((Number) r[5]).intValue() == 1;
        String kind = challenge ? (opening ? "challenge" : "answer") : (opening ? "discussion" : "reply");
        Object created = r[8];
        Instant at = created instanceof java.sql.Timestamp t ? t.toInstant() : (Instant) created;
        return new SearchablePost(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(), kind, (String) r[4], (String) r[6], ((Number) r[7]).longValue(), at);
    }
}
