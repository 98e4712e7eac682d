package org.clusterforum.discussion.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.clusterforum.platform.space.Space;

/**
 * Threads. Queries outer-join a thread's author and space even though both always exist: EclipseLink then chains
 * every join off the thread, which keeps Derby's plan anchored on the thread's index instead of scanning members.
 */
@ApplicationScoped
public class ThreadRepository {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    /** The space of each of these threads, by thread id. */
    public java.util.Map<Long, org.clusterforum.platform.space.Space> spacesOf(java.util.Collection<Long> threadIds) {
        java.util.Map<Long, org.clusterforum.platform.space.Space> found = new java.util.HashMap<>();
        if (!threadIds.isEmpty()) {
            em.createQuery("select t.id, t.space from ForumThread t where t.id in :ids", Object[].class)
                    .setParameter("ids", threadIds).getResultList()
                    .forEach(r -> found.put((Long) r[0], (org.clusterforum.platform.space.Space) r[1]));
        }
        return found;
    }

    public Optional<ForumThread> find(long id) {
        return Optional.ofNullable(em.find(ForumThread.class, id));
    }

    /**
     * The thread with its space, author name and the reader's watch, read mark and draft, in one statement.
     * {@code readerId} is null for a visitor. (A missing read mark is told by its id: EclipseLink reads a missing
     * int attribute as 0.)
     */
    public Optional<ThreadHead> head(long id, Long readerId, String draftPlace) {
        List<Object[]> rows = em.createNamedQuery(ForumThread.HEAD, Object[].class)
                .setParameter("id", id).setParameter("reader", readerId == null ? -1L : readerId)
                .setParameter("place", draftPlace).getResultList();
        return rows.stream().findFirst().map(r -> new ThreadHead((ForumThread) r[0], (Space) r[1], (Long) r[2],
                (String) r[3], r[4] != null, r[5] == null ? null : (Integer) r[6], r[7] != null));
    }

    /** Loads the thread with a row lock held until commit: replies to one thread are appended one at a time. */
    public Optional<ForumThread> findForAppend(long id) {
        return Optional.ofNullable(em.find(ForumThread.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public void flush() {
        em.flush();
    }

    public ForumThread add(ForumThread thread) {
        em.persist(thread);
        em.flush();
        return thread;
    }

    /**
     * One page of a space's threads, pinned first, then most recently active, with authors' names and the
     * reader's read positions ({@code readerId} null for a visitor). Two statements: the page's ids come from an
     * index-only scan in display order (a deep page skips index entries, never rows, and nothing is sorted), then
     * those rows are read with their joins.
     */
    public List<ThreadRow> pageBySpace(Space space, int offset, int limit, Long readerId) {
        return rowsInOrder(em.createQuery("select t.id from ForumThread t where t.space = :space"
                        + " and t.unlisted = :unlisted order by t.pinned desc, t.lastActivityAt desc, t.id desc", Long.class)
                .setParameter("space", space).setParameter("unlisted", false).setFirstResult(offset).setMaxResults(limit).getResultList(), readerId);
    }

    /** The newest listed threads of a space, newest first (for its feed). */
    public List<ThreadRow> newestInSpace(Space space, int limit) {
        return rowsInOrder(em.createQuery("select t.id from ForumThread t where t.space = :space"
                        + " and t.unlisted = :unlisted order by t.createdAt desc, t.id desc", Long.class)
                .setParameter("space", space).setParameter("unlisted", false).setMaxResults(limit).getResultList(), null);
    }

    /** The opening posts' plain text of these threads, as thread id → text. */
    public java.util.Map<Long, String> openingTexts(java.util.Collection<Long> threadIds) {
        java.util.Map<Long, String> texts = new java.util.HashMap<>();
        if (threadIds.isEmpty()) {
            return texts;
        }
        for (Object[] r : em.createQuery("select p.thread.id, p.body from Post p where p.thread.id in :ids"
                        + " and p.position = 1", Object[].class).setParameter("ids", threadIds).getResultList()) {
            texts.put((Long) r[0], ((org.clusterforum.platform.richtext.RichText) r[1]).excerpt(600));
        }
        return texts;
    }

    /**
     * Like {@link #pageBySpace}, only threads of one kind (a group's discussions, without its challenges). Groups
     * are small; the kind is checked on the rows the space's index finds.
     */
    public List<ThreadRow> pageBySpaceAndKind(Space space, ThreadKind kind, int offset, int limit, Long readerId) {
        return rowsInOrder(em.createQuery("select t.id from ForumThread t where t.space = :space"
                        + " and t.unlisted = :unlisted and t.kind = :kind"
                        + " order by t.pinned desc, t.lastActivityAt desc, t.id desc", Long.class)
                .setParameter("space", space).setParameter("unlisted", false).setParameter("kind", kind).setFirstResult(offset).setMaxResults(limit)
                .getResultList(), readerId);
    }

    public long countBySpaceAndKind(Space space, ThreadKind kind) {
        return em.createQuery("select count(t) from ForumThread t where t.space = :space and t.unlisted = :unlisted"
                        + " and t.kind = :kind", Long.class)
                .setParameter("space", space).setParameter("unlisted", false).setParameter("kind", kind)
                .getSingleResult();
    }

    /** Ends the pins whose time is up, in one statement; returns how many ended. */
    public int unpinExpired(Instant now) {
        // native: EclipseLink writes a boolean as 0 in a bulk update, which Derby refuses
        return em.createNativeQuery("UPDATE FORUM_THREAD SET PINNED = FALSE, PINNED_UNTIL = NULL, VERSION = VERSION + 1"
                        + " WHERE PINNED_UNTIL IS NOT NULL AND PINNED_UNTIL <= ?")
                .setParameter(1, java.sql.Timestamp.from(now)).executeUpdate();
    }

    /** The space's most recently active thread that is not deleted: its id and last activity, if any. */
    public Optional<Object[]> latestIn(Space space) {
        return em.createQuery("select t.id, t.lastActivityAt from ForumThread t where t.space = :space"
                        + " and t.unlisted = :unlisted order by t.lastActivityAt desc, t.id desc", Object[].class)
                .setParameter("space", space).setParameter("unlisted", false).setMaxResults(1)
                .getResultStream().findFirst();
    }

    private List<ThreadRow> rowsInOrder(List<Long> ids, Long readerId) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ThreadRow> rows = new HashMap<>();
        em.createQuery("select new org.clusterforum.discussion.model.ThreadRow(t.id, t.title, a.id,"
                        + " a.displayName, t.replyCount, t.createdAt, t.lastActivityAt, lp.displayName, t.pinned,"
                        + " t.locked, t.postCount, r.id, r.lastReadPosition) from ForumThread t left join t.author a"
                        + " left join t.lastPoster lp"
                        + " left join ThreadRead r on (r.thread = t and r.member.id = :reader)"
                        + " where t.id in :ids", ThreadRow.class)
                .setParameter("ids", ids).setParameter("reader", readerId == null ? -1L : readerId)
                .getResultList().forEach(row -> rows.put(row.id(), row));
        return ids.stream().map(rows::get).filter(Objects::nonNull).toList();
    }

    public List<ThreadRow> findRows(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select new org.clusterforum.discussion.model.ThreadRow(t.id, t.title, a.id,"
                        + " a.displayName, t.replyCount, t.createdAt, t.lastActivityAt, lp.displayName, t.pinned,"
                        + " t.locked, t.postCount) from ForumThread t left join t.author a left join t.lastPoster lp"
                        + " where t.id in :ids", ThreadRow.class)
                .setParameter("ids", ids).getResultList();
    }

    /** Deleted discussions (not merged ones), most recently deleted first, with place and deleter, as rows. */
    public List<Object[]> deleted(int offset, int limit) {
        return em.createQuery("select t.id, t.title, s.name, t.deletedAt, d.displayName, t.deleteReason"
                        + " from ForumThread t join t.space s left join t.deletedBy d where t.deletedAt is not null"
                        + " and t.mergedIntoId is null and t.kind = :kind order by t.deletedAt desc, t.id desc",
                        Object[].class)
                .setParameter("kind", ThreadKind.DISCUSSION).setFirstResult(offset).setMaxResults(limit)
                .getResultList();
    }

    public long countDeleted() {
        return em.createQuery("select count(t) from ForumThread t where t.deletedAt is not null"
                        + " and t.mergedIntoId is null and t.kind = :kind", Long.class)
                .setParameter("kind", ThreadKind.DISCUSSION).getSingleResult();
    }
}
