package org.clusterforum.challenge.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.clusterforum.platform.space.SpaceAudience;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clusterforum.platform.persistence.Columns;
import org.clusterforum.platform.security.Role;

/** Answers, the votes on challenges and answers, and comments. */
@ApplicationScoped
public class AnswerRepository {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    public Answer add(Answer answer) {
        em.persist(answer);
        em.flush();
        return answer;
    }

    public Optional<Answer> find(long id) {
        return Optional.ofNullable(em.find(Answer.class, id));
    }

    public Optional<Answer> findLocked(long id) {
        return Optional.ofNullable(em.find(Answer.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The challenge's answers that count (neither deleted nor waiting for approval). */
    public List<Answer> liveOf(long challengeId) {
        return em.createQuery("select a from Answer a where a.challengeId = :c and a.deleted = false", Answer.class)
                .setParameter("c", challengeId).getResultList();
    }

    /** The member's answer to the challenge that is not deleted, if any. */
    public Optional<Answer> liveAnswerOf(long challengeId, long authorId) {
        return em.createQuery("select a from Answer a where a.challengeId = :c and a.liveAuthorId = :m", Answer.class)
                .setParameter("c", challengeId).setParameter("m", authorId).getResultList().stream().findFirst();
    }

    private static final String ROWS = """
            SELECT a.ID, p.POSITION, p.CREATED_AT, p.EDITED_AT, p.BODY_HTML, p.REVISION_COUNT, p.ATTACHMENT_COUNT,
                   a.DELETED, a.SCORE, a.ACCEPTED, a.HELPFUL, a.DISCLOSURE, m.ID, m.DISPLAY_NAME, m.ROLE,
                   m.REPUTATION, o.NAME, v.VOTE_VALUE, a.LIVE_AUTHOR_ID
            FROM ANSWER a
            JOIN FORUM_POST p ON p.ID = a.ID
            JOIN FORUM_MEMBER m ON m.ID = a.AUTHOR_ID
            LEFT JOIN ORGANISATION o ON o.ID = m.ORGANISATION_ID
            LEFT JOIN VOTE v ON v.POST_ID = a.ID AND v.MEMBER_ID = ?
            WHERE a.CHALLENGE_ID = ? AND (a.DELETED = FALSE OR ? = 1 OR a.LIVE_AUTHOR_ID = ?)
            ORDER BY a.ACCEPTED DESC, a.SCORE DESC, p.CREATED_AT, a.ID
            """;

    /**
     * A challenge's answers in display order (accepted first, then score, then oldest first), with authors and
     * the reader's votes, in one statement. Deleted answers only for moderators; an answer waiting for approval
     * (held) for moderators and its author.
     */
    public List<AnswerRow> rows(long challengeId, Long readerId, boolean withDeleted, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(ROWS).setParameter(1, readerId == null ? -1L : readerId)
                .setParameter(2, challengeId).setParameter(3, withDeleted ? 1 : 0)
                .setParameter(4, readerId == null ? -1L : readerId).setMaxResults(limit)
                .getResultList();
        return rows.stream().map(r -> new AnswerRow(Columns.id(r[0]), Columns.integer(r[1]), Columns.instant(r[2]),
                Columns.instant(r[3]), Columns.text(r[4]), Columns.integer(r[5]), Columns.integer(r[6]),
                Columns.bool(r[7]), Columns.integer(r[8]), Columns.bool(r[9]), Columns.bool(r[10]), (String) r[11],
                Columns.id(r[12]), (String) r[13], Role.valueOf((String) r[14]), Columns.integer(r[15]),
                (String) r[16], r[17] == null ? 0 : Columns.integer(r[17]),
                Columns.bool(r[7]) && r[18] != null)).toList();
    }

    public Optional<Vote> vote(long postId, long memberId) {
        return em.createQuery("select v from Vote v where v.postId = :p and v.memberId = :m", Vote.class)
                .setParameter("p", postId).setParameter("m", memberId).getResultList().stream().findFirst();
    }

    public void addVote(Vote vote) {
        em.persist(vote);
        em.flush();
    }

    public void removeVote(Vote vote) {
        em.remove(vote);
    }

    public ChallengeComment addComment(ChallengeComment comment) {
        em.persist(comment);
        em.flush();
        return comment;
    }

    public Optional<ChallengeComment> findComment(long id) {
        return Optional.ofNullable(em.find(ChallengeComment.class, id));
    }

    /** A challenge's comments in order, with authors' names, grouped by the post they are on. */
    public Map<Long, List<CommentRow>> commentsOf(long challengeId) {
        Map<Long, List<CommentRow>> byPost = new HashMap<>();
        em.createQuery("select new org.clusterforum.challenge.model.CommentRow(c.id, c.postId, m.id,"
                        + " m.displayName, c.body, c.createdAt) from ChallengeComment c, Member m"
                        + " where m.id = c.authorId and c.challengeId = :c and c.deleted = :deleted order by c.id",
                        CommentRow.class)
                .setParameter("c", challengeId).setParameter("deleted", false).getResultList()
                .forEach(r -> byPost.computeIfAbsent(r.postId(), k -> new java.util.ArrayList<>()).add(r));
        return byPost;
    }

    /** Answers by a member in spaces everyone may read (a profile's public count). */
    public long countAnswersBy(long memberId) {
        return em.createQuery("select count(a) from Answer a, Challenge c, Space s where c.id = a.challengeId"
                        + " and a.authorId = :m and a.deleted = :deleted" + IN_PUBLIC_SPACE, Long.class)
                .setParameter("m", memberId).setParameter("deleted", false)
                .setParameter("everyone", SpaceAudience.EVERYONE).getSingleResult();
    }

    /**
     * Limits a query over {@code Challenge c, Space s} to challenges in spaces everyone may read; binds
     * {@code :everyone}. A join, not a subquery: with a subquery EclipseLink writes booleans as 0, which Derby
     * refuses.
     */
    private static final String IN_PUBLIC_SPACE = " and s.id = c.spaceId and s.audience = :everyone";

    /** The challenges (in these spaces) a member answered most recently, newest answer first. */
    public List<Long> recentlyAnsweredBy(long memberId, Collection<Long> spaceIds, int limit) {
        String spaces = String.join(",", spaceIds.stream().map(id -> Long.toString(id)).toList());
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("SELECT a.CHALLENGE_ID FROM ANSWER a JOIN CHALLENGE c ON c.ID = a.CHALLENGE_ID"
                        + " WHERE a.AUTHOR_ID = ? AND a.DELETED = FALSE AND c.DELETED = FALSE AND c.SPACE_ID IN ("
                        + (spaces.isEmpty() ? "-1" : spaces) + ") ORDER BY a.CREATED_AT DESC, a.ID DESC")
                .setParameter(1, memberId).setMaxResults(limit).getResultList();
        return ids.stream().map(Columns::id).toList();
    }

    /** Accepted answers by a member in spaces everyone may read (a profile's public count). */
    public long countAcceptedBy(long memberId) {
        return em.createQuery("select count(a) from Answer a, Challenge c, Space s where c.id = a.challengeId"
                        + " and a.authorId = :m and a.accepted = :accepted" + IN_PUBLIC_SPACE, Long.class)
                .setParameter("m", memberId).setParameter("accepted", true)
                .setParameter("everyone", SpaceAudience.EVERYONE).getSingleResult();
    }

    /**
     * Accepted answers per member among {@code memberIds}, in public challenges carrying any of {@code tagIds}
     * (it is shown to askers: a private group's activity must not show through it).
     */
    public Map<Long, Long> acceptedInTags(Collection<Long> memberIds, Collection<Long> tagIds) {
        if (memberIds.isEmpty() || tagIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("select a.authorId, count(distinct a.id) from Answer a, ChallengeTag ct, Space s"
                        + " where ct.challengeId = a.challengeId and a.accepted = :accepted and a.authorId in :members"
                        + " and ct.tag.id in :tags and s.id = ct.spaceId and s.audience = :everyone"
                        + " group by a.authorId", Object[].class)
                .setParameter("everyone", SpaceAudience.EVERYONE).setParameter("accepted", true).setParameter("members", memberIds).setParameter("tags", tagIds).getResultList()
                .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return counts;
    }

    /**
     * A tag's leaderboard: members ranked by the reputation their answers in challenges with this tag earned
     * ({@code upPoints} per upvote, {@code downPoints} per downvote, plus accepted and helpful points).
     */
    public List<Object[]> leaderboard(long tagId, Collection<Long> spaceIds, int up, int down, int accepted,
                                      int helpful, int limit) {
        // native: JPQL's CASE over booleans and its arithmetic grouping differ between providers and databases
        String spaces = String.join(",", spaceIds.stream().map(id -> Long.toString(id)).toList());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT a.AUTHOR_ID, SUM(a.UP_VOTES * " + up + " - a.DOWN_VOTES * "
                        + down + " + CASE WHEN a.ACCEPTED THEN " + accepted + " ELSE 0 END"
                        + " + CASE WHEN a.HELPFUL THEN " + helpful + " ELSE 0 END) AS POINTS,"
                        + " SUM(CASE WHEN a.ACCEPTED THEN 1 ELSE 0 END) AS ACCEPTED_COUNT, COUNT(*) AS ANSWER_COUNT"
                        // Derby hints: walk the tag's index and look its answers up (a hash join scans every answer)
                        + " FROM --DERBY-PROPERTIES joinOrder=FIXED\n CHALLENGE_TAG ct --DERBY-PROPERTIES index=IX_CHALLENGE_TAG_LIST\n"
                        + " JOIN ANSWER a --DERBY-PROPERTIES joinStrategy=NESTEDLOOP, constraint=UQ_ANSWER_LIVE_AUTHOR\n"
                        + " ON a.CHALLENGE_ID = ct.CHALLENGE_ID"
                        + " WHERE ct.TAG_ID = ? AND ct.SPACE_ID IN (" + spaces + ") AND a.DELETED = FALSE"
                        + " GROUP BY a.AUTHOR_ID ORDER BY POINTS DESC, ANSWER_COUNT DESC, a.AUTHOR_ID")
                .setParameter(1, tagId).setMaxResults(limit).getResultList();
        return rows.stream().map(r -> new Object[]{Columns.id(r[0]), Columns.integer(r[1]), Columns.integer(r[2]),
                Columns.integer(r[3])}).toList();
    }
}
