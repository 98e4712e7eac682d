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
import java.util.Objects;
import java.util.Optional;
import org.clusterforum.platform.persistence.Columns;
import org.clusterforum.platform.security.Role;
import org.clusterforum.platform.space.Space;

/**
 * Challenges, their board and their tags. A challenge is a thread, so its page and lists read the thread's title
 * and opening post in the same statement (native SQL joining the discussions' tables: one statement per page
 * part, every join hanging off the challenge's primary key).
 */
@ApplicationScoped
public class ChallengeRepository {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    public Optional<ChallengeBoard> board() {
        return em.createQuery("select b from ChallengeBoard b order by b.id", ChallengeBoard.class)
                .setMaxResults(1).getResultList().stream().findFirst();
    }

    public ChallengeBoard addBoard(ChallengeBoard board) {
        em.persist(board);
        em.flush();
        return board;
    }

    public Optional<Space> space(long id) {
        return Optional.ofNullable(em.find(Space.class, id));
    }

    public Challenge add(Challenge challenge) {
        em.persist(challenge);
        return challenge;
    }

    public Optional<Challenge> find(long id) {
        return Optional.ofNullable(em.find(Challenge.class, id));
    }

    /**
     * The challenge with an exclusive row lock until commit: votes, answers and acceptance change it one at a time.
     * The lock is taken by a no-op update first: Derby's SELECT FOR UPDATE takes an update lock that readers still
     * share, and a page read holding that shared lock while it waits for the thread row an answer holds would
     * deadlock with the answer's commit.
     */
    public Optional<Challenge> findLocked(long id) {
        if (em.createNativeQuery("UPDATE CHALLENGE SET VERSION = VERSION WHERE ID = ?").setParameter(1, id)
                .executeUpdate() == 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Challenge.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public void tag(ChallengeTag link) {
        em.persist(link);
    }

    /** Every challenge of a space, deleted ones too, locked for a change of what they count in public. */
    public List<Challenge> allInSpaceLocked(long spaceId) {
        return em.createQuery("select c from Challenge c where c.spaceId = :s", Challenge.class)
                .setParameter("s", spaceId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /** The ids of a challenge's tags (for a challenge leaving the lists). */
    public List<Long> tagIdsOf(long challengeId) {
        return em.createQuery("select ct.tag.id from ChallengeTag ct where ct.challengeId = :c", Long.class)
                .setParameter("c", challengeId).getResultList();
    }

    /** A challenge's opening post: its id and whether it is deleted. */
    public Object[] openingPost(long challengeId) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT ID, DELETED FROM FORUM_POST WHERE THREAD_ID = ?"
                + " AND POSITION = 1").setParameter(1, challengeId).getSingleResult();
        return new Object[]{Columns.id(row[0]), Columns.bool(row[1])};
    }

    public void untag(long challengeId, long tagId) {
        em.createQuery("delete from ChallengeTag ct where ct.challengeId = :c and ct.tag.id = :t")
                .setParameter("c", challengeId).setParameter("t", tagId).executeUpdate();
    }

    private static final String HEAD = """
            SELECT c.ID, t.TITLE, c.STATUS, c.SCORE, c.ANSWER_COUNT, c.ACCEPTED_ANSWER_ID, c.THEME_ID, th.NAME,
                   th.SLUG, c.CREATED_AT, c.SPACE_ID, p.ID, p.BODY_HTML, p.EDITED_AT, p.REVISION_COUNT,
                   p.ATTACHMENT_COUNT, p.DELETED, m.ID, m.DISPLAY_NAME, m.ROLE, m.REPUTATION, o.NAME, v.VOTE_VALUE,
                   w.ID, my.ID, t.LOCKED, p.AWAITING_SINCE
            FROM CHALLENGE c
            JOIN FORUM_THREAD t ON t.ID = c.ID
            JOIN FORUM_POST p ON p.THREAD_ID = c.ID AND p.POSITION = 1
            JOIN FORUM_MEMBER m ON m.ID = c.ASKER_ID
            LEFT JOIN ORGANISATION o ON o.ID = m.ORGANISATION_ID
            LEFT JOIN FORUM_SPACE th ON th.ID = c.THEME_ID
            LEFT JOIN VOTE v ON v.POST_ID = p.ID AND v.MEMBER_ID = ?
            LEFT JOIN WATCH w ON w.THREAD_ID = c.ID AND w.MEMBER_ID = ?
            LEFT JOIN ANSWER my ON my.CHALLENGE_ID = c.ID AND my.LIVE_AUTHOR_ID = ?
            WHERE c.ID = ?
            """;

    /** The challenge page's head in one statement; {@code readerId} null for a visitor. */
    public Optional<ChallengeHead> head(long id, Long readerId) {
        long reader = readerId == null ? -1L : readerId;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(HEAD).setParameter(1, reader).setParameter(2, reader)
                .setParameter(3, reader).setParameter(4, id).getResultList();
        return rows.stream().findFirst().map(r -> new ChallengeHead(Columns.id(r[0]), (String) r[1],
                ChallengeStatus.valueOf((String) r[2]), Columns.integer(r[3]), Columns.integer(r[4]),
                r[5] == null ? null : Columns.id(r[5]), r[6] == null ? null : Columns.id(r[6]), (String) r[7],
                (String) r[8], Columns.instant(r[9]), Columns.id(r[10]), Columns.id(r[11]), Columns.text(r[12]),
                Columns.instant(r[13]), Columns.integer(r[14]), Columns.integer(r[15]), Columns.bool(r[16]),
                Columns.id(r[17]), (String) r[18], Role.valueOf((String) r[19]), Columns.integer(r[20]),
                (String) r[21], r[22] == null ? 0 : Columns.integer(r[22]), r[23] != null,
                r[24] == null ? null : Columns.id(r[24]), Columns.bool(r[25]), r[26] != null));
    }

    /**
     * One page of challenge ids for a list, in display order. Lists without tags read an index of CHALLENGE in
     * order (space, not deleted, then status or settled, then newest first); with tags, the index of the first tag
     * given (the caller passes the rarest first), the other tags as conditions — a challenge must carry every tag.
     * Native SQL, so that booleans are compared as booleans on every database.
     */
    public List<Long> pageIds(ChallengeQuery query, int offset, int limit) {
        List<Object> params = new java.util.ArrayList<>();
        String sql = "SELECT " + (query.tagIds().isEmpty() ? "c.ID" : "ct.CHALLENGE_ID") + from(query, params)
                + order(query) + " OFFSET " + Math.max(0, offset) + " ROWS FETCH NEXT " + Math.max(1, limit)
                + " ROWS ONLY";
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object> rows = q.getResultList();
        return rows.stream().map(Columns::id).toList();
    }

    /** How many challenges a list has (same conditions as {@link #pageIds}). */
    public long count(ChallengeQuery query) {
        List<Object> params = new java.util.ArrayList<>();
        var q = em.createNativeQuery("SELECT COUNT(*)" + from(query, params));
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        return Columns.id(q.getSingleResult());
    }

    private static String from(ChallengeQuery query, List<Object> params) {
        StringBuilder sql = new StringBuilder();
        boolean tagged = !query.tagIds().isEmpty();
        String spaces = String.join(",", query.spaceIds().stream().map(id -> Long.toString(id)).toList());
        if (spaces.isEmpty()) {
            spaces = "-1";
        }
        if (tagged) {
            boolean needsChallenge = query.view() != ChallengeQuery.View.NEWEST || query.askerId() != null
                    || query.themeId() != null;
            // Derby hints (SQL comments elsewhere): walk the first tag's index in list order and look each of its
            // challenges up for the other tags; left to itself Derby hashes a whole tag's rows per page (0.6 s).
            sql.append(" FROM --DERBY-PROPERTIES joinOrder=FIXED\n CHALLENGE_TAG ct --DERBY-PROPERTIES index=IX_CHALLENGE_TAG_LIST\n")
                    .append(needsChallenge ? " JOIN CHALLENGE c --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n ON c.ID = ct.CHALLENGE_ID" : "")
                    .append(" WHERE ct.TAG_ID = ? AND ct.SPACE_ID IN (").append(spaces).append(")");
            params.add(query.tagIds().getFirst());
            for (int i = 1; i < query.tagIds().size(); i++) {
                sql.append(" AND EXISTS (SELECT 1 FROM CHALLENGE_TAG o").append(i)
                        .append(" --DERBY-PROPERTIES joinStrategy=NESTEDLOOP, constraint=UQ_CHALLENGE_TAG\n WHERE o")
                        .append(i).append(".CHALLENGE_ID = ct.CHALLENGE_ID AND o").append(i).append(".TAG_ID = ?)");
                params.add(query.tagIds().get(i));
            }
        } else {
            sql.append(" FROM CHALLENGE c WHERE c.SPACE_ID IN (").append(spaces).append(") AND c.DELETED = FALSE");
        }
        switch (query.view()) {
            case UNANSWERED -> sql.append(" AND c.STATUS = 'OPEN'");
            case UNSOLVED -> sql.append(" AND c.SETTLED = FALSE");
            case SOLVED -> sql.append(" AND c.STATUS = 'SOLVED'");
            case TOP -> {
                sql.append(" AND c.CREATED_AT >= ?");
                params.add(java.sql.Timestamp.from(query.since()));
            }
            default -> { }
        }
        if (query.askerId() != null) {
            sql.append(" AND c.ASKER_ID = ?");
            params.add(query.askerId());
        }
        if (query.themeId() != null) {
            sql.append(" AND c.THEME_ID = ?");
            params.add(query.themeId());
        }
        return sql.toString();
    }

    private static String order(ChallengeQuery query) {
        if (query.view() == ChallengeQuery.View.TOP) {
            return " ORDER BY c.SCORE DESC, c.CREATED_AT DESC, c.ID DESC";
        }
        return query.tagIds().isEmpty() ? " ORDER BY c.CREATED_AT DESC, c.ID DESC"
                : " ORDER BY ct.CHALLENGE_CREATED_AT DESC, ct.CHALLENGE_ID DESC";
    }

    /**
     * List rows for these challenges, in the order given: one statement driven by the challenges' primary keys
     * (native, so Derby never scans the thread or member tables to join them).
     */
    public List<ChallengeRow> rows(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String idList = String.join(",", ids.stream().map(id -> Long.toString(id)).toList());
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("SELECT c.ID, t.TITLE, m.ID, m.DISPLAY_NAME, c.STATUS, c.SCORE,"
                + " c.ANSWER_COUNT, c.CREATED_AT, t.LAST_ACTIVITY_AT FROM CHALLENGE c"
                + " JOIN FORUM_THREAD t ON t.ID = c.ID JOIN FORUM_MEMBER m ON m.ID = c.ASKER_ID"
                + " WHERE c.ID IN (" + idList + ")").getResultList();
        Map<Long, ChallengeRow> byId = new HashMap<>();
        for (Object[] r : found) {
            byId.put(Columns.id(r[0]), new ChallengeRow(Columns.id(r[0]), (String) r[1], Columns.id(r[2]),
                    (String) r[3], ChallengeStatus.valueOf((String) r[4]), Columns.integer(r[5]),
                    Columns.integer(r[6]), Columns.instant(r[7]), Columns.instant(r[8])));
        }
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /**
     * The tags of these challenges, each list in tag name order: the (challenge, tag) pairs through the unique
     * index, native with a hint (Derby would otherwise hash all of CHALLENGE_TAG), then the few tags themselves.
     */
    public Map<Long, List<Tag>> tagsOf(Collection<Long> challengeIds) {
        if (challengeIds.isEmpty()) {
            return Map.of();
        }
        String idList = String.join(",", challengeIds.stream().map(id -> Long.toString(id)).toList());
        @SuppressWarnings("unchecked")
        List<Object[]> pairs = em.createNativeQuery("SELECT ct.CHALLENGE_ID, ct.TAG_ID FROM CHALLENGE_TAG ct"
                + " --DERBY-PROPERTIES constraint=UQ_CHALLENGE_TAG\n WHERE ct.CHALLENGE_ID IN (" + idList + ")")
                .getResultList();
        if (pairs.isEmpty()) {
            return Map.of();
        }
        Map<Long, Tag> byId = new HashMap<>();
        em.createQuery("select t from Tag t where t.id in :ids", Tag.class)
                .setParameter("ids", pairs.stream().map(r -> Columns.id(r[1])).distinct().toList())
                .getResultList().forEach(t -> byId.put(t.getId(), t));
        Map<Long, List<Tag>> tags = new HashMap<>();
        for (Object[] r : pairs) {
            Tag tag = byId.get(Columns.id(r[1]));
            if (tag != null) {
                tags.computeIfAbsent(Columns.id(r[0]), k -> new java.util.ArrayList<>()).add(tag);
            }
        }
        tags.values().forEach(list -> list.sort(java.util.Comparator.comparing(Tag::getName)));
        return tags;
    }

    /** How many challenges a member asked in spaces everyone may read (a profile's public count). */
    public long countAskedBy(long memberId) {
        // a join, not a subquery: with a subquery EclipseLink writes the boolean as 0, which Derby refuses
        return em.createQuery("select count(c) from Challenge c, Space s where s.id = c.spaceId"
                        + " and c.askerId = :m and c.deleted = :deleted and s.audience = :everyone", Long.class)
                .setParameter("m", memberId).setParameter("deleted", false)
                .setParameter("everyone", SpaceAudience.EVERYONE).getSingleResult();
    }

    /** The ids among these that are solved challenges. */
    public java.util.Set<Long> solvedAmong(Collection<Long> challengeIds) {
        if (challengeIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(em.createQuery("select c.id from Challenge c where c.id in :ids"
                        + " and c.status = :solved", Long.class)
                .setParameter("ids", challengeIds).setParameter("solved", ChallengeStatus.SOLVED).getResultList());
    }
}
