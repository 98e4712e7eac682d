package org.clusterforum.discussion.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.clusterforum.platform.space.SpaceFilter;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clusterforum.platform.persistence.Columns;
import org.clusterforum.platform.security.Role;

@ApplicationScoped
public class PostRepository {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    public Post add(Post post) {
        em.persist(post);
        em.flush();
        return post;
    }

    /**
     * Posts of a thread with positions in [from, to], in order, with authors and organisations in the same query.
     * Positions are dense (1, 2, 3…), so a page is a range, not an OFFSET scan.
     */
    /*
     * Native, because the shape matters on Derby: every join hangs off the post, and the post is found through
     * (THREAD_ID, POSITION) -- with parameters Derby's optimiser would otherwise take the THREAD_ID foreign-key index
     * and read the whole thread. The hint is an SQL comment, ignored by other databases.
     */
    private static final String ROWS_OF_THREAD = """
            SELECT p.ID, p.POSITION, p.CREATED_AT, p.EDITED_AT, p.DELETED, p.BODY_HTML, p.LIKE_COUNT,
                   p.REVISION_COUNT, p.ATTACHMENT_COUNT, a.ID, a.DISPLAY_NAME, a.ROLE, o.NAME, r.ID, r.POSITION,
                   ra.DISPLAY_NAME, l.ID, p.DELETE_REASON, p.AWAITING_SINCE
            FROM FORUM_POST p --DERBY-PROPERTIES constraint=UQ_POST_THREAD_POSITION
            JOIN FORUM_MEMBER a ON a.ID = p.AUTHOR_ID
            LEFT JOIN ORGANISATION o ON o.ID = a.ORGANISATION_ID
            LEFT JOIN FORUM_POST r ON r.ID = p.REPLY_TO_ID
            LEFT JOIN FORUM_MEMBER ra ON ra.ID = r.AUTHOR_ID
            LEFT JOIN POST_LIKE l ON l.POST_ID = p.ID AND l.MEMBER_ID = ?
            WHERE p.THREAD_ID = ? AND p.POSITION BETWEEN ? AND ?
            ORDER BY p.POSITION
            """;

    /**
     * Posts {@code from}..{@code to} (positions) of a thread as page rows, in one statement: author,
     * organisation, the post each replies to and whether {@code readerId} (null for a visitor) liked it.
     */
    public List<PostRow> rowsOfThread(long threadId, int from, int to, Long readerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(ROWS_OF_THREAD)
                .setParameter(1, readerId == null ? -1L : readerId).setParameter(2, threadId)
                .setParameter(3, from).setParameter(4, to).getResultList();
        return rows.stream().map(r -> new PostRow(Columns.id(r[0]), Columns.integer(r[1]), Columns.instant(r[2]),
                Columns.instant(r[3]), Columns.bool(r[4]), Columns.text(r[5]), Columns.integer(r[6]),
                Columns.integer(r[7]), Columns.integer(r[8]), Columns.id(r[9]), (String) r[10],
                Role.valueOf((String) r[11]), (String) r[12], r[13] == null ? null : Columns.id(r[13]),
                r[14] == null ? null : Columns.integer(r[14]), (String) r[15], r[16] == null ? null : Columns.id(r[16]),
                (String) r[17], r[18] != null))
                .toList();
    }

    /** These posts with their threads, spaces and authors, in one statement (for lists of many posts). */
    public List<Post> findWithContext(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Post> found = em.createQuery("select p from Post p join fetch p.thread join fetch p.author"
                + " where p.id in :ids", Post.class).setParameter("ids", ids).getResultList();
        // the threads' spaces in one more statement, so reading each thread's space finds it loaded (a fetch join
        // or batch hint through the thread still left one query per space: spaces are a JOINED hierarchy)
        em.createQuery("select distinct t.space from Post p join p.thread t where p.id in :ids",
                org.clusterforum.platform.space.Space.class).setParameter("ids", ids).getResultList();
        return found;
    }

    public Optional<Post> find(long id) {
        return Optional.ofNullable(em.find(Post.class, id));
    }

    /**
     * Loads the post with a row lock held until commit, so likes of one post are counted one at a time. (A lock,
     * not a version increment: liking must never turn into an edit conflict for the author.)
     */
    public Optional<Post> findLocked(long id) {
        return Optional.ofNullable(em.find(Post.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public void addRevision(PostRevision revision) {
        em.persist(revision);
    }

    /** Writes pending changes now, so a concurrent edit surfaces as an OptimisticLockException here. */
    public void flush() {
        em.flush();
    }

    /** A post's earlier texts, newest first, with their editors. */
    public List<PostRevision> revisionsOf(long postId) {
        return em.createQuery("select r from PostRevision r join fetch r.editor where r.post.id = :post"
                + " order by r.number desc", PostRevision.class).setParameter("post", postId).getResultList();
    }

    public boolean isLikedBy(long postId, long memberId) {
        return !em.createQuery("select l.id from PostLike l where l.post.id = :post and l.member.id = :member",
                        Long.class)
                .setParameter("post", postId).setParameter("member", memberId).setMaxResults(1)
                .getResultList().isEmpty();
    }

    public void addLike(PostLike like) {
        em.persist(like);
        em.flush();
    }

    /** Removes the member's like; returns whether there was one. */
    public boolean removeLike(long postId, long memberId) {
        return em.createQuery("delete from PostLike l where l.post.id = :post and l.member.id = :member")
                .setParameter("post", postId).setParameter("member", memberId).executeUpdate() > 0;
    }

    /** Changes the like counter in one statement (no version increment). */
    public void adjustLikeCount(long postId, int delta) {
        em.createQuery("update Post p set p.likeCount = p.likeCount + :delta where p.id = :post")
                .setParameter("delta", delta).setParameter("post", postId).executeUpdate();
    }

    public int likeCount(long postId) {
        return em.createQuery("select p.likeCount from Post p where p.id = :post", Integer.class)
                .setParameter("post", postId).getSingleResult();
    }

    /** When each of these members last posted (members who never posted are missing). */
    public Map<Long, Instant> lastPostedAt(Collection<Long> memberIds) {
        Map<Long, Instant> last = new HashMap<>();
        if (!memberIds.isEmpty()) {
            em.createQuery("select p.author.id, max(p.createdAt) from Post p where p.author.id in :ids"
                            + " group by p.author.id", Object[].class)
                    .setParameter("ids", memberIds).getResultList().forEach(r -> last.put((Long) r[0], (Instant) r[1]));
        }
        return last;
    }

    /**
     * Recent posts by a member in discussions (not challenges) of spaces {@code visible} lets the reader see,
     * newest first, for their profile. (Deleted posts are told by their deletion time: next to the space condition
     * EclipseLink binds a boolean as 0, which Derby refuses.)
     */
    public List<MemberPostRow> recentByAuthor(long memberId, int limit, SpaceFilter visible) {
        return em.createQuery("select new org.clusterforum.discussion.model.MemberPostRow(p.id, p.position,"
                        + " t.id, t.title, p.createdAt) from Post p join p.thread t join t.space s"
                        + " where p.author.id = :member and p.deletedAt is null and t.deletedAt is null"
                        + " and p.awaitingSince is null and t.awaitingSince is null"
                        + " and t.kind = :discussion and "
                        + visible.jpql("s") + " order by p.createdAt desc, p.id desc", MemberPostRow.class)
                .setParameter("member", memberId).setParameter("discussion", ThreadKind.DISCUSSION)
                .setParameter(SpaceFilter.memberParam(), visible.memberId()).setMaxResults(limit).getResultList();
    }

    /** A thread's visible (neither deleted nor waiting) posts counted per author: what their profiles count. */
    public Map<Long, Long> visiblePostsByAuthor(long threadId) {
        Map<Long, Long> counts = new java.util.HashMap<>();
        em.createQuery("select p.author.id, count(p) from Post p where p.thread.id = :thread and p.deleted = :deleted"
                        + " and p.awaitingSince is null group by p.author.id", Object[].class)
                .setParameter("thread", threadId).setParameter("deleted", false).getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /** The visible posts of a space's listed threads counted per author (see {@link #visiblePostsByAuthor}). */
    public Map<Long, Long> visiblePostsByAuthorInSpace(long spaceId) {
        Map<Long, Long> counts = new java.util.HashMap<>();
        em.createQuery("select p.author.id, count(p) from Post p where p.thread.space.id = :space"
                        + " and p.thread.unlisted = :unlisted and p.deleted = :deleted and p.awaitingSince is null"
                        + " group by p.author.id", Object[].class)
                .setParameter("space", spaceId).setParameter("unlisted", false).setParameter("deleted", false)
                .getResultList().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /** The thread's opening post. */
    public Post openingPostOf(long threadId) {
        return em.createQuery("select p from Post p where p.thread.id = :thread and p.position = 1", Post.class)
                .setParameter("thread", threadId).getSingleResult();
    }

    /** When the member last posted in the thread, if ever (deleted posts count: slow mode is about pace). */
    public Optional<Instant> lastPostedIn(long threadId, long memberId) {
        return em.createQuery("select max(p.createdAt) from Post p where p.thread.id = :thread"
                        + " and p.author.id = :member", Instant.class)
                .setParameter("thread", threadId).setParameter("member", memberId).getResultStream()
                .filter(java.util.Objects::nonNull).findFirst();
    }

    /** Whether the member has at least {@code enough} approved posts (reads at most that many index entries). */
    public boolean hasApprovedPosts(long memberId, int enough) {
        return em.createQuery("select p.id from Post p where p.author.id = :member and p.awaitingSince is null",
                        Long.class).setParameter("member", memberId).setMaxResults(enough).getResultList().size()
                >= enough;
    }

    /** The thread's posts from {@code position} on, in order, as entities (to move or renumber them). */
    public List<Post> ofThreadFrom(long threadId, int position) {
        return em.createQuery("select p from Post p join fetch p.author where p.thread.id = :thread"
                        + " and p.position >= :from order by p.position", Post.class)
                .setParameter("thread", threadId).setParameter("from", position).getResultList();
    }

    /** The given posts of the thread, in order (ids of other threads are left out). */
    public List<Post> ofThread(long threadId, Collection<Long> ids) {
        return em.createQuery("select p from Post p join fetch p.author where p.thread.id = :thread"
                        + " and p.id in :ids order by p.position", Post.class)
                .setParameter("thread", threadId).setParameter("ids", ids).getResultList();
    }

    /** The thread's last post that everyone who may read the thread sees, if any. */
    public Optional<Post> lastVisibleOf(long threadId) {
        return em.createQuery("select p from Post p join fetch p.author where p.thread.id = :thread"
                        + " and p.deleted = :deleted and p.awaitingSince is null order by p.position desc", Post.class)
                .setParameter("thread", threadId).setParameter("deleted", false).setMaxResults(1)
                .getResultStream().findFirst();
    }

    // native: the same boolean parameter in a subquery reaches Derby as an integer, which it refuses
    private static final String SEARCHABLE = "SELECT P.ID, T.ID, T.SPACE_ID, T.KIND, T.TITLE, P.POSITION, P.BODY_TEXT,"
            + " P.AUTHOR_ID, P.CREATED_AT FROM FORUM_POST P JOIN FORUM_THREAD T ON T.ID = P.THREAD_ID"
            + " WHERE P.DELETED = FALSE AND P.AWAITING_SINCE IS NULL AND T.DELETED = FALSE AND NOT EXISTS"
            + " (SELECT 1 FROM FORUM_POST O WHERE O.THREAD_ID = T.ID AND O.POSITION = 1 AND O.DELETED = TRUE)";

    /**
     * The searchable posts of these threads (what everyone who may read their space sees), as rows: post id,
     * thread id, space id, thread kind (its name), title, position, plain text, author id, created (a Timestamp).
     * <p>
     * Read after the change committed, while members may be posting in the same threads: two statements on one
     * table each, never a join, so this reader never holds a thread's lock while it waits for a new post's (the
     * writer takes them the other way round, and Derby would only break that deadlock after 20 s).
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> searchableOf(Collection<Long> threadIds) {
        List<Long> ids = List.copyOf(threadIds);
        String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
        var threadQuery = em.createNativeQuery("SELECT T.ID, T.SPACE_ID, T.KIND, T.TITLE FROM FORUM_THREAD T"
                + " WHERE T.DELETED = FALSE AND T.ID IN (" + marks + ")");
        var postQuery = em.createNativeQuery("SELECT P.ID, P.THREAD_ID, P.POSITION, P.BODY_TEXT, P.AUTHOR_ID,"
                + " P.CREATED_AT, P.DELETED FROM FORUM_POST P WHERE P.AWAITING_SINCE IS NULL AND P.THREAD_ID IN ("
                + marks + ") ORDER BY P.ID");
        for (int i = 0; i < ids.size(); i++) {
            threadQuery.setParameter(i + 1, ids.get(i));
            postQuery.setParameter(i + 1, ids.get(i));
        }
        java.util.Map<Long, Object[]> threads = new java.util.HashMap<>();
        for (Object[] t : (List<Object[]>) threadQuery.getResultList()) {
            threads.put(((Number) t[0]).longValue(), t);
        }
        List<Object[]> rows = postQuery.getResultList();
        java.util.Set<Long> openingDeleted = new java.util.HashSet<>();
        for (Object[] p : rows) {
            if (((Number) p[2]).intValue() == 1 && Boolean.TRUE.equals(p[6])) {
                openingDeleted.add(((Number) p[1]).longValue());
            }
        }
        List<Object[]> searchable = new java.util.ArrayList<>();
        for (Object[] p : rows) {
            long threadId = ((Number) p[1]).longValue();
            Object[] t = threads.get(threadId);
            if (t != null && !Boolean.TRUE.equals(p[6]) && !openingDeleted.contains(threadId)) {
                searchable.add(new Object[] {p[0], t[0], t[1], t[2], t[3], p[2], p[3], p[4], p[5]});
            }
        }
        return searchable;
    }

    /** Searchable posts after {@code afterId}, in id order: a full rebuild reads them in batches. */
    @SuppressWarnings("unchecked")
    public List<Object[]> searchableAfter(long afterId, int limit) {
        return em.createNativeQuery(SEARCHABLE + " AND P.ID > ? ORDER BY P.ID").setParameter(1, afterId)
                .setMaxResults(limit).getResultList();
    }
}
