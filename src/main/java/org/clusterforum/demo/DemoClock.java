package org.clusterforum.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.clusterforum.platform.persistence.Columns;

/**
 * Spreads the just-seeded demo discussions over the last days, as a real forum's would be: each thread starts
 * some hours after the one before and its replies follow over the next hours, so pages show varied times, themes
 * order their threads by activity, and threads a demo member has not opened count as new to them. Only ever
 * run on a new database right after the demo content is written (bulk SQL of the seeding tool, not a feature).
 */
@ApplicationScoped
class DemoClock {

    private static final Duration BETWEEN_THREADS = Duration.ofHours(17);
    private static final Duration FIRST_REPLY_AFTER = Duration.ofMinutes(95);

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Transactional
    public void spreadOverRecentDays(Instant now) {
        List<?> threads = em.createNativeQuery("SELECT ID FROM FORUM_THREAD ORDER BY ID").getResultList();
        Instant latest = now.minus(Duration.ofMinutes(7));
        for (int i = 0; i < threads.size(); i++) {
            long threadId = Columns.id(single(threads.get(i)));
            Instant start = now.minus(BETWEEN_THREADS.multipliedBy(threads.size() - i)).minus(Duration.ofMinutes(23L * i));
            Instant last = start;
            List<?> posts = em.createNativeQuery("SELECT ID, POSITION FROM FORUM_POST WHERE THREAD_ID = ?"
                    + " ORDER BY POSITION").setParameter(1, threadId).getResultList();
            for (Object row : posts) {
                Object[] post = (Object[]) row;
                int position = Columns.integer(post[1]);
                Instant at = position == 1 ? start
                        : last.plus(FIRST_REPLY_AFTER.multipliedBy(position - 1)).plus(Duration.ofMinutes(13L * position));
                if (at.isAfter(latest)) {
                    at = latest;
                }
                last = at;
                em.createNativeQuery("UPDATE FORUM_POST SET CREATED_AT = ?, UPDATED_AT = ? WHERE ID = ?")
                        .setParameter(1, Timestamp.from(at)).setParameter(2, Timestamp.from(at))
                        .setParameter(3, Columns.id(post[0])).executeUpdate();
            }
            em.createNativeQuery("UPDATE FORUM_THREAD SET CREATED_AT = ?, UPDATED_AT = ?, LAST_ACTIVITY_AT = ?"
                            + " WHERE ID = ?").setParameter(1, Timestamp.from(start)).setParameter(2, Timestamp.from(last))
                    .setParameter(3, Timestamp.from(last)).setParameter(4, threadId).executeUpdate();
        }
        em.createNativeQuery("UPDATE FORUM_SPACE SET LAST_ACTIVITY_AT ="
                + " (SELECT MAX(t.LAST_ACTIVITY_AT) FROM FORUM_THREAD t WHERE t.SPACE_ID = FORUM_SPACE.ID),"
                + " LAST_THREAD_ID = (SELECT MAX(t.ID) FROM FORUM_THREAD t WHERE t.SPACE_ID = FORUM_SPACE.ID"
                + " AND t.LAST_ACTIVITY_AT = (SELECT MAX(u.LAST_ACTIVITY_AT) FROM FORUM_THREAD u"
                + " WHERE u.SPACE_ID = FORUM_SPACE.ID))").executeUpdate();
        em.createNativeQuery("UPDATE NOTIFICATION SET CREATED_AT = (SELECT p.CREATED_AT FROM FORUM_POST p"
                + " WHERE p.ID = NOTIFICATION.POST_ID), UPDATED_AT = (SELECT p.CREATED_AT FROM FORUM_POST p"
                + " WHERE p.ID = NOTIFICATION.POST_ID)").executeUpdate();
        // challenges are threads: their own rows take their thread's and posts' times
        em.createNativeQuery("UPDATE CHALLENGE SET CREATED_AT = (SELECT t.CREATED_AT FROM FORUM_THREAD t"
                + " WHERE t.ID = CHALLENGE.ID), UPDATED_AT = (SELECT t.LAST_ACTIVITY_AT FROM FORUM_THREAD t"
                + " WHERE t.ID = CHALLENGE.ID)").executeUpdate();
        em.createNativeQuery("UPDATE CHALLENGE_TAG SET CHALLENGE_CREATED_AT = (SELECT c.CREATED_AT FROM CHALLENGE c"
                + " WHERE c.ID = CHALLENGE_TAG.CHALLENGE_ID)").executeUpdate();
        em.createNativeQuery("UPDATE ANSWER SET CREATED_AT = (SELECT p.CREATED_AT FROM FORUM_POST p"
                + " WHERE p.ID = ANSWER.ID)").executeUpdate();
        em.createNativeQuery("UPDATE CHALLENGE_COMMENT SET CREATED_AT = (SELECT {fn TIMESTAMPADD(SQL_TSI_MINUTE, 47,"
                + " p.CREATED_AT)} FROM FORUM_POST p WHERE p.ID = CHALLENGE_COMMENT.POST_ID)").executeUpdate();
        em.createNativeQuery("UPDATE CHALLENGE_COMMENT SET UPDATED_AT = CREATED_AT").executeUpdate();
        em.createNativeQuery("UPDATE INVITATION SET CREATED_AT = (SELECT c.CREATED_AT FROM CHALLENGE c"
                + " WHERE c.ID = INVITATION.CHALLENGE_ID)").executeUpdate();
        Instant joined = now.minus(Duration.ofDays(60));
        em.createNativeQuery("UPDATE FORUM_MEMBER SET JOINED_AT = ?, CREATED_AT = ?")
                .setParameter(1, Timestamp.from(joined)).setParameter(2, Timestamp.from(joined)).executeUpdate();
    }

    private static Object single(Object row) {
        return row instanceof Object[] columns ? columns[0] : row;
    }
}
