package org.clusterforum.discussion.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clusterforum.account.model.Member;
import org.clusterforum.platform.persistence.BaseEntity;
import org.clusterforum.platform.persistence.Columns;

/**
 * Read positions. A thread counts as unread for a member when they read it before and posts came since, or when it
 * was started recently, after they joined, by someone else, and they never opened it (older threads do not flood
 * a new member, and "new" does not last for ever).
 */
@ApplicationScoped
public class ReadRepository {

    /*
     * Native, grouped by the thread's SPACE_ID column: in JPQL "t.space.id" joins the space table, and Derby then
     * walks every thread of every space instead of the member's read marks or the recent threads.
     */
    private static final String UNREAD_OPENED = """
            SELECT t.SPACE_ID, COUNT(*) FROM THREAD_READ r
            JOIN FORUM_THREAD t ON t.ID = r.THREAD_ID
            WHERE r.MEMBER_ID = ? AND r.LAST_READ_POSITION < t.POST_COUNT
            GROUP BY t.SPACE_ID
            """;
    private static final String UNREAD_NEW = """
            SELECT t.SPACE_ID, COUNT(*) FROM FORUM_THREAD t --DERBY-PROPERTIES index=IX_THREAD_CREATED
            WHERE t.CREATED_AT > ? AND t.AUTHOR_ID <> ?
              AND NOT EXISTS (SELECT 1 FROM THREAD_READ r WHERE r.THREAD_ID = t.ID AND r.MEMBER_ID = ?)
            GROUP BY t.SPACE_ID
            """;

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    public void add(ThreadRead read) {
        em.persist(read);
        em.flush();
    }

    /** A member's first read mark on a thread, without loading either (one insert). */
    public void addMark(long memberId, long threadId, int position) {
        add(new ThreadRead(em.getReference(Member.class, memberId), em.getReference(ForumThread.class, threadId),
                position));
    }

    /** Moves a member's read mark forward to {@code position}, never back, in one statement. */
    public int advanceMark(long memberId, long threadId, int position) {
        return em.createQuery("update ThreadRead r set r.lastReadPosition = :position, r.updatedAt = :now"
                        + " where r.member.id = :member and r.thread.id = :thread and r.lastReadPosition < :position")
                .setParameter("position", position).setParameter("now", BaseEntity.now())
                .setParameter("member", memberId).setParameter("thread", threadId).executeUpdate();
    }

    /**
     * For each space, how many of its threads are unread by the member: threads they opened that have posts
     * since, and threads started by others after {@code newSince} that they never opened. Two grouped
     * statements, each bounded by an index (the member's read marks; threads by start time), never a scan of
     * every thread.
     */
    public Map<Long, Long> unreadThreadsPerSpace(long memberId, Instant newSince) {
        Map<Long, Long> unread = new HashMap<>();
        List<?> opened = em.createNativeQuery(UNREAD_OPENED).setParameter(1, memberId).getResultList();
        List<?> fresh = em.createNativeQuery(UNREAD_NEW).setParameter(1, Timestamp.from(newSince))
                .setParameter(2, memberId).setParameter(3, memberId).getResultList();
        for (List<?> rows : List.of(opened, fresh)) {
            for (Object row : rows) {
                Object[] columns = (Object[]) row;
                unread.merge(Columns.id(columns[0]), Columns.id(columns[1]), Long::sum);
            }
        }
        return unread;
    }

    /** Marks every thread of a space read up to its last post; returns how many threads changed. */
    public int markSpaceRead(Member member, long spaceId) {
        List<ThreadRead> existing = em.createQuery("select r from ThreadRead r join fetch r.thread t"
                        + " where r.member.id = :member and t.space.id = :space and r.lastReadPosition < t.postCount",
                        ThreadRead.class)
                .setParameter("member", member.getId()).setParameter("space", spaceId).getResultList();
        for (ThreadRead r : existing) {
            r.readUpTo(r.getThread().getPositionCount());
        }
        List<ForumThread> missing = em.createQuery("select t from ForumThread t where t.space.id = :space"
                        + " and not exists (select r from ThreadRead r where r.thread = t and r.member.id = :member)",
                        ForumThread.class)
                .setParameter("space", spaceId).setParameter("member", member.getId()).getResultList();
        for (ForumThread t : missing) {
            em.persist(new ThreadRead(member, t, t.getPositionCount()));
        }
        return existing.size() + missing.size();
    }

    /** Forgets every reader's mark on the thread (its posts were merged elsewhere). */
    public void forgetThread(long threadId) {
        em.createQuery("delete from ThreadRead r where r.thread.id = :thread").setParameter("thread", threadId)
                .executeUpdate();
    }
}
