package org.clusterforum.bench;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.clusterforum.challenge.model.ChallengeBoard;
import org.clusterforum.challenge.service.ChallengeService;
import org.clusterforum.challenge.service.Reputation;
import org.clusterforum.platform.security.PasswordHasher;
import org.flywaydb.core.Flyway;

/**
 * Fills a new FORUM_DATA_DIR with a realistic cluster forum of a given size, by bulk SQL consistent with what the
 * services write (counters, positions, read-model columns), for benchmarks:
 * {@code --posts 1000000} gives ~10 k members, 20 themes, ~62 k threads, one thread of 5,000 posts, likes and
 * revisions spread around. Schema by the application's own Flyway migrations. Writes {@code bench.properties}
 * (ids and pages worth measuring) next to the database. Every member's password is {@value #PASSWORD}.
 * <p>
 * {@code --challenges N} adds N challenges on the challenge board after the discussions (ids continue after
 * theirs), with the approved taxonomy, 1–3 tags each (some tags far more common than others, some pairs often
 * together), ~30% open, ~45% answered and ~25% solved, votes as counters only, and ~40 experts with their
 * expertise. Challenges draw from a random generator of their own: the discussions are the same with or without.
 */
public final class GenerateForum {

    public static final String PASSWORD = "bench-password-2026";
    private static final int BATCH = 5_000;
    private static final String[] SENTENCES = {
        "We are preparing our technical file for UKCA marking and the classification rules keep us busy.",
        "Has anyone used the NHS Supply Chain framework as a small supplier?",
        "Our pilot with the trust showed a 12% reduction in length of stay, but the sample was small.",
        "The DTAC assessment asked for our DCB0129 clinical safety case and a penetration test report.",
        "Innovate UK funding helped us reach the first clinical evaluation.",
        "FHIR UK Core profiles made the integration with the GP system far easier than expected.",
        "Our notified body quoted nine months for the review of the technical documentation.",
        "Procurement asked for a value proposition with costs, outcomes and staff time.",
        "ISO 13485 certification took us about a year with two people working on the quality system part time.",
        "The commissioners wanted real-world evidence from at least two sites before a wider rollout.",
        "We found a manufacturing partner in the region with cleanroom capacity for class II devices.",
        "Data protection impact assessments were the slowest part of the information governance work.",
    };
    private static final String[] THEMES = {
        "Regulation & UKCA/MDR", "NHS procurement", "Clinical evidence", "Funding & grants", "Investment",
        "Data & interoperability", "Digital health apps", "Cybersecurity", "AI in medical devices",
        "Manufacturing", "Supply chain", "Quality & ISO 13485", "Health economics", "Market access",
        "Intellectual property", "Skills & talent", "Events & news", "Care homes & social care",
        "Primary care", "Mental health technology",
    };

    private final Random random = new Random(20261127L);
    private final Instant start = Instant.parse("2024-12-01T08:00:00Z");
    private final Instant end = Instant.parse("2026-11-20T18:00:00Z");

    public static void main(String[] args) throws Exception {
        long posts = 10_000;
        int challenges = 0;
        Path dataDir = Path.of("target/bench-data");
        for (int i = 0; i < args.length - 1; i++) {
            switch (args[i]) {
                case "--posts" -> posts = Long.parseLong(args[++i].replace("_", ""));
                case "--data-dir" -> dataDir = Path.of(args[++i]);
                case "--challenges" -> challenges = Integer.parseInt(args[++i].replace("_", ""));
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        if (Files.exists(dataDir.resolve("db"))) {
            throw new IllegalStateException(dataDir + " already holds a database: use a new directory");
        }
        Files.createDirectories(dataDir);
        long t0 = System.nanoTime();
        new GenerateForum().generate(dataDir, posts, challenges);
        System.out.printf(Locale.UK, "Generated %,d posts and %,d challenges in %s in %.1f s%n", posts, challenges,
                dataDir, (System.nanoTime() - t0) / 1e9);
    }

    private void generate(Path dataDir, long totalPosts, int challenges) throws Exception {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(dataDir.resolve("db").toAbsolutePath().toString());
        ds.setCreateDatabase("create");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();

        int members = (int) Math.max(50, totalPosts / 100);
        int organisations = Math.max(5, members / 50);
        int bigThreadPosts = (int) Math.min(5_000, Math.max(20, totalPosts / 4));
        String hash = new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS).hash(PASSWORD.toCharArray());
        Properties facts = new Properties();
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            insertOrganisations(c, organisations);
            insertMembers(c, members, organisations, hash);
            insertThemes(c);
            long[] memberPosts = new long[members + 1];
            long[][] themeCounts = new long[THEMES.length + 1][4]; // threads, posts, last activity, last thread
            long postId = 0;
            long threadId = 0;
            long remaining = totalPosts;
            try (PreparedStatement thread = c.prepareStatement("INSERT INTO FORUM_THREAD (ID, VERSION, CREATED_AT,"
                    + " UPDATED_AT, SPACE_ID, AUTHOR_ID, TITLE, LAST_ACTIVITY_AT, LAST_POSTER_ID, POST_COUNT,"
                    + " REPLY_COUNT, PINNED, LOCKED) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE)");
                 PreparedStatement post = c.prepareStatement("INSERT INTO FORUM_POST (ID, VERSION, CREATED_AT,"
                         + " UPDATED_AT, THREAD_ID, AUTHOR_ID, POSITION, BODY_HTML, BODY_TEXT, EDITED_AT, DELETED,"
                         + " REPLY_TO_ID, LIKE_COUNT, REVISION_COUNT) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, ?)");
                 PreparedStatement like = c.prepareStatement("INSERT INTO POST_LIKE (VERSION, CREATED_AT, UPDATED_AT,"
                         + " POST_ID, MEMBER_ID) VALUES (1, ?, ?, ?, ?)");
                 PreparedStatement revision = c.prepareStatement("INSERT INTO POST_REVISION (VERSION, CREATED_AT,"
                         + " UPDATED_AT, POST_ID, EDITOR_ID, NUMBER, BODY_HTML, BODY_TEXT) VALUES (1, ?, ?, ?, ?, 1, ?, ?)")) {
                int pending = 0;
                while (remaining > 0) {
                    threadId++;
                    int size = threadId == 1 ? bigThreadPosts : (int) Math.min(remaining, 1 + random.nextInt(31));
                    remaining -= size;
                    int theme = threadId == 1 ? 2 : 1 + random.nextInt(THEMES.length);
                    long threadAuthor = 1 + random.nextInt(members);
                    Instant created = timeAt((double) (totalPosts - remaining - size) / totalPosts);
                    Instant[] ats = new Instant[size + 1];
                    long[] authors = new long[size + 1];
                    Instant last = created;
                    for (int position = 1; position <= size; position++) {
                        authors[position] = position == 1 ? threadAuthor : 1 + random.nextInt(members);
                        last = position == 1 ? created
                                : last.plusSeconds(60 + random.nextInt(threadId == 1 ? 3_600 : 86_400));
                        ats[position] = last;
                    }
                    // the thread row first: its posts refer to it
                    thread.setLong(1, threadId);
                    thread.setTimestamp(2, Timestamp.from(created));
                    thread.setTimestamp(3, Timestamp.from(last));
                    thread.setLong(4, theme);
                    thread.setLong(5, threadAuthor);
                    thread.setString(6, threadId == 1 ? "The big thread: a year of NHS procurement questions"
                            : title(threadId));
                    thread.setTimestamp(7, Timestamp.from(last));
                    thread.setLong(8, authors[size]);
                    thread.setInt(9, size);
                    thread.setInt(10, size - 1);
                    thread.setBoolean(11, threadId % 997 == 0);
                    thread.executeUpdate();
                    long firstPostId = postId + 1;
                    for (int position = 1; position <= size; position++) {
                        postId++;
                        long author = authors[position];
                        Instant at = ats[position];
                        String text = text();
                        boolean edited = random.nextInt(100) == 0;
                        int likes = random.nextInt(10) == 0 ? 1 + random.nextInt(3) : 0;
                        post.setLong(1, postId);
                        post.setTimestamp(2, Timestamp.from(at));
                        post.setTimestamp(3, Timestamp.from(at));
                        post.setLong(4, threadId);
                        post.setLong(5, author);
                        post.setInt(6, position);
                        post.setString(7, "<p>" + text + "</p>");
                        post.setString(8, text);
                        post.setTimestamp(9, edited ? Timestamp.from(at.plusSeconds(600)) : null);
                        if (position > 2 && random.nextInt(5) == 0) {
                            post.setLong(10, firstPostId + random.nextInt(position - 1));
                        } else {
                            post.setNull(10, java.sql.Types.BIGINT);
                        }
                        post.setInt(11, likes);
                        post.setInt(12, edited ? 1 : 0);
                        post.addBatch();
                        for (int l = 0; l < likes; l++) {
                            like.setTimestamp(1, Timestamp.from(at.plusSeconds(120)));
                            like.setTimestamp(2, Timestamp.from(at.plusSeconds(120)));
                            like.setLong(3, postId);
                            like.setLong(4, 1 + (author + l) % members);
                            like.addBatch();
                        }
                        if (edited) {
                            revision.setTimestamp(1, Timestamp.from(at.plusSeconds(600)));
                            revision.setTimestamp(2, Timestamp.from(at.plusSeconds(600)));
                            revision.setLong(3, postId);
                            revision.setLong(4, author);
                            revision.setString(5, "<p>First draft: " + text + "</p>");
                            revision.setString(6, "First draft: " + text);
                            revision.addBatch();
                        }
                        memberPosts[(int) author]++;
                        if (++pending >= BATCH) {
                            post.executeBatch();
                            like.executeBatch();
                            revision.executeBatch();
                            c.commit();
                            pending = 0;
                        }
                    }
                    long[] counts = themeCounts[theme];
                    counts[0]++;
                    counts[1] += size;
                    if (last.toEpochMilli() > counts[2]) {
                        counts[2] = last.toEpochMilli();
                        counts[3] = threadId;
                    }
                }
                post.executeBatch();
                like.executeBatch();
                revision.executeBatch();
                c.commit();
            }
            long discussionThreads = threadId;
            long discussionPosts = postId;
            int spaces = THEMES.length;
            boolean tags = false;
            if (challenges > 0) {
                long[] last = new ChallengeData(c, members, memberPosts, facts).insert(challenges, spaces + 1,
                        threadId, postId);
                threadId = last[0];
                postId = last[1];
                spaces++;
                tags = true;
            }
            finish(c, members, memberPosts, themeCounts, threadId, postId, spaces, tags);
            facts.setProperty("members", Integer.toString(members));
            facts.setProperty("threads", Long.toString(discussionThreads));
            facts.setProperty("posts", Long.toString(discussionPosts));
            facts.setProperty("challenges", Integer.toString(challenges));
            facts.setProperty("bigThreadId", "1");
            facts.setProperty("bigThreadPages", Integer.toString((bigThreadPosts + 19) / 20));
            facts.setProperty("busiestThemeSlug", slug(THEMES[1]));
            facts.setProperty("busiestThemePages", Long.toString((themeCounts[2][0] + 24) / 25));
            // member 1 is a moderator (its header counts the review queue); member 2 is an ordinary member
            facts.setProperty("memberEmail", "member2@bench.example");
            facts.setProperty("moderatorEmail", "member1@bench.example");
            facts.setProperty("password", PASSWORD);
        }
        try {
            ds.setShutdownDatabase("shutdown");
            ds.getConnection();
        } catch (SQLException expected) {
            // 08006: the database shut down cleanly
        }
        try (var out = Files.newBufferedWriter(dataDir.resolve("bench.properties"))) {
            facts.store(out, "Generated by GenerateForum");
        }
    }

    private void finish(Connection c, int members, long[] memberPosts, long[][] themeCounts, long threads,
                        long posts, int spaces, boolean tags) throws SQLException {
        try (PreparedStatement m = c.prepareStatement("UPDATE FORUM_MEMBER SET POST_COUNT = ? WHERE ID = ?")) {
            for (int i = 1; i <= members; i++) {
                m.setLong(1, memberPosts[i]);
                m.setLong(2, i);
                m.addBatch();
            }
            m.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE FORUM_SPACE SET THREAD_COUNT = ?, POST_COUNT = ?,"
                + " LAST_ACTIVITY_AT = ?, LAST_THREAD_ID = ? WHERE ID = ?")) {
            for (int i = 1; i <= THEMES.length; i++) {
                s.setLong(1, themeCounts[i][0]);
                s.setLong(2, themeCounts[i][1]);
                s.setTimestamp(3, themeCounts[i][2] == 0 ? null : new Timestamp(themeCounts[i][2]));
                if (themeCounts[i][3] == 0) {
                    s.setNull(4, java.sql.Types.BIGINT);
                } else {
                    s.setLong(4, themeCounts[i][3]);
                }
                s.setLong(5, i);
                s.addBatch();
            }
            s.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            // identities continue after the ids written explicitly here
            s.execute("ALTER TABLE FORUM_THREAD ALTER COLUMN ID RESTART WITH " + (threads + 1));
            s.execute("ALTER TABLE FORUM_POST ALTER COLUMN ID RESTART WITH " + (posts + 1));
            s.execute("ALTER TABLE FORUM_MEMBER ALTER COLUMN ID RESTART WITH " + (members + 1));
            s.execute("ALTER TABLE FORUM_SPACE ALTER COLUMN ID RESTART WITH " + (spaces + 1));
            if (tags) {
                s.execute("ALTER TABLE TAG ALTER COLUMN ID RESTART WITH " + (ChallengeData.taxonomy().length + 1));
            }
        }
        c.commit();
    }

    private void insertOrganisations(Connection c, int count) throws SQLException {
        String[] kinds = {"COMPANY", "COMPANY", "COMPANY", "UNIVERSITY", "NHS_OR_CARE_PROVIDER", "PUBLIC_BODY"};
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ORGANISATION (ID, VERSION, CREATED_AT,"
                + " UPDATED_AT, NAME, NAME_KEY, KIND) VALUES (?, 1, ?, ?, ?, ?, ?)")) {
            for (int i = 1; i <= count; i++) {
                String name = "Bench Organisation " + i;
                ps.setLong(1, i);
                ps.setTimestamp(2, Timestamp.from(start));
                ps.setTimestamp(3, Timestamp.from(start));
                ps.setString(4, name);
                ps.setString(5, name.toLowerCase(Locale.ROOT));
                ps.setString(6, kinds[i % kinds.length]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE ORGANISATION ALTER COLUMN ID RESTART WITH " + (count + 1));
        }
        c.commit();
    }

    private void insertMembers(Connection c, int count, int organisations, String hash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO FORUM_MEMBER (ID, VERSION, CREATED_AT,"
                + " UPDATED_AT, DISPLAY_NAME, EMAIL, PASSWORD_HASH, ROLE, STATUS, JOINED_AT, ORGANISATION_ID,"
                + " POST_COUNT, HANDLE, EMAIL_VERIFIED_AT) VALUES (?, 1, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, 0, ?, ?)")) {
            for (int i = 1; i <= count; i++) {
                ps.setLong(1, i);
                ps.setTimestamp(2, Timestamp.from(start));
                ps.setTimestamp(3, Timestamp.from(start));
                ps.setString(4, "Bench Member " + i);
                ps.setString(5, "member" + i + "@bench.example");
                ps.setString(6, hash);
                ps.setString(7, i == 1 ? "MODERATOR" : i % 50 == 0 ? "EXPERT" : "MEMBER");
                ps.setTimestamp(8, Timestamp.from(start));
                ps.setLong(9, 1 + i % organisations);
                ps.setString(10, "bench-member-" + i);
                ps.setTimestamp(11, Timestamp.from(start)); // confirmed addresses: unconfirmed ones cannot sign in
                ps.addBatch();
                if (i % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        c.commit();
    }

    private void insertThemes(Connection c) throws SQLException {
        try (PreparedStatement space = c.prepareStatement("INSERT INTO FORUM_SPACE (ID, VERSION, CREATED_AT,"
                + " UPDATED_AT, KIND, NAME, SLUG, DESCRIPTION, THREAD_COUNT, POST_COUNT) VALUES"
                + " (?, 1, ?, ?, 'THEME', ?, ?, ?, 0, 0)");
             PreparedStatement theme = c.prepareStatement("INSERT INTO THEME (ID, POSITION) VALUES (?, ?)")) {
            for (int i = 1; i <= THEMES.length; i++) {
                space.setLong(1, i);
                space.setTimestamp(2, Timestamp.from(start));
                space.setTimestamp(3, Timestamp.from(start));
                space.setString(4, THEMES[i - 1]);
                space.setString(5, slug(THEMES[i - 1]));
                space.setString(6, "Discussions about " + THEMES[i - 1].toLowerCase(Locale.ROOT) + ".");
                space.executeUpdate();
                theme.setLong(1, i);
                theme.setInt(2, i);
                theme.executeUpdate();
            }
        }
        c.commit();
    }

    /**
     * The challenge board and its challenges ({@code --challenges}), by bulk SQL consistent with what
     * ChallengeService writes: a challenge is a thread of kind CHALLENGE on the board (opening post at position 1,
     * answers after it), plus its CHALLENGE row, ANSWER rows and CHALLENGE_TAG rows; counters (answer counts,
     * votes, scores, tag counts, the board's thread and post counts, members' posts and reputation) are set here.
     */
    private final class ChallengeData {

        private static final String[] TITLES = {
            "How do we classify our software under the UKCA rules",
            "Which NHS framework fits a small diagnostics supplier",
            "What evidence do commissioners expect before a pilot",
            "How long does a notified body review take in practice",
            "Who pays for a remote monitoring service once the pilot ends",
            "What does DTAC expect in the clinical safety case",
            "How should we structure a DPIA for a shared care record",
            "Which FHIR profiles does a GP system integration need",
            "What penetration testing do trusts accept",
            "How do we validate a change to a machine learning model",
            "Where can we find match funding for SBRI phase 2",
            "What valuation is realistic for a pre-revenue medtech company",
            "How do we choose a contract manufacturer for a class IIa device",
            "How do we run CAPA without drowning in paperwork",
            "Should we patent the algorithm or keep it a trade secret",
            "How do we build a budget impact model for an ICB",
            "Who should be our clinical safety officer",
            "How do we recruit clinicians for a summative usability study",
            "Is a NICE early value assessment worth it for us",
            "How do we get onto a trust's procurement shortlist",
        };
        /** Tags often chosen together (slugs): a challenge with one of them often carries the other too. */
        private static final String[][] PARTNERS = {
            {"regulation-ukca", "mdr-ivdr"}, {"dtac", "clinical-safety"}, {"data-protection", "cybersecurity"},
            {"clinical-evidence", "health-economics"}, {"funding-grants", "investment"},
            {"nhs-procurement", "market-access"},
        };
        private static final int EXPERTS = 40;
        private static final int FLUSH_EVERY = 1_000;

        private final Random r = new Random(20261128L);
        private final Connection c;
        private final int members;
        private final long[] memberPosts;
        private final Properties facts;
        private final long[] reputation;
        private final String[][] taxonomy = taxonomy();
        /** Cumulative tag weights (Zipf-like over the taxonomy order: the first tags are far more common). */
        private final double[] cumulative = new double[taxonomy.length];
        private final int[] partner = new int[taxonomy.length];

        ChallengeData(Connection c, int members, long[] memberPosts, Properties facts) {
            this.c = c;
            this.members = members;
            this.memberPosts = memberPosts;
            this.facts = facts;
            this.reputation = new long[members + 1];
            double sum = 0;
            for (int i = 0; i < taxonomy.length; i++) {
                sum += 1 / Math.pow(i + 1, 1.1);
                cumulative[i] = sum;
            }
            for (int i = 0; i < taxonomy.length; i++) {
                cumulative[i] /= sum;
            }
            java.util.Arrays.fill(partner, -1);
            for (String[] pair : PARTNERS) {
                int a = tagIndex(pair[0]);
                int b = tagIndex(pair[1]);
                if (a >= 0 && b >= 0) {
                    partner[a] = b;
                    partner[b] = a;
                }
            }
        }

        /** The approved taxonomy exactly as the application seeds it (TaxonomySeed.TAXONOMY: slug, name, description). */
        static String[][] taxonomy() {
            try {
                Field field = Class.forName("org.clusterforum.challenge.service.TaxonomySeed")
                        .getDeclaredField("TAXONOMY");
                field.setAccessible(true);
                return (String[][]) field.get(null);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read TaxonomySeed.TAXONOMY", e);
            }
        }

        private int tagIndex(String slug) {
            for (int i = 0; i < taxonomy.length; i++) {
                if (taxonomy[i][0].equals(slug)) {
                    return i;
                }
            }
            return -1;
        }

        /** Tag ids are 1 + their index in the taxonomy. */
        private int weightedTag() {
            double u = r.nextDouble();
            for (int i = 0; i < cumulative.length; i++) {
                if (u < cumulative[i]) {
                    return i;
                }
            }
            return cumulative.length - 1;
        }

        /**
         * Inserts the board (space {@code boardId}), the taxonomy, the experts and {@code count} challenges with
         * thread and post ids after {@code threadId} and {@code postId}; returns the last thread and post ids.
         */
        long[] insert(int count, long boardId, long threadId, long postId) throws SQLException {
            insertBoardAndTags(boardId);
            List<Long> experts = insertExperts();
            int tagCount = taxonomy.length;
            long[] tagChallenges = new long[tagCount];
            long[][] together = new long[tagCount][tagCount];
            long open = 0;
            long answered = 0;
            long solved = 0;
            long answerTotal = 0;
            long boardPosts = 0;
            Instant boardLast = null;
            long boardLastThread = 0;
            long solvedExample = 0;
            int solvedExampleAnswers = -1;
            long span = Duration.between(start, end).toSeconds();
            long spacing = Math.max(1, span / count);
            try (PreparedStatement thread = c.prepareStatement("INSERT INTO FORUM_THREAD (ID, VERSION, CREATED_AT,"
                    + " UPDATED_AT, SPACE_ID, AUTHOR_ID, TITLE, LAST_ACTIVITY_AT, LAST_POSTER_ID, POST_COUNT,"
                    + " REPLY_COUNT, PINNED, LOCKED, KIND) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, FALSE,"
                    + " 'CHALLENGE')");
                 PreparedStatement post = c.prepareStatement("INSERT INTO FORUM_POST (ID, VERSION, CREATED_AT,"
                         + " UPDATED_AT, THREAD_ID, AUTHOR_ID, POSITION, BODY_HTML, BODY_TEXT, DELETED, LIKE_COUNT,"
                         + " REVISION_COUNT) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, FALSE, 0, 0)");
                 PreparedStatement challenge = c.prepareStatement("INSERT INTO CHALLENGE (ID, VERSION, CREATED_AT,"
                         + " UPDATED_AT, SPACE_ID, ASKER_ID, THEME_ID, STATUS, SETTLED, ANSWER_COUNT, UP_VOTES,"
                         + " DOWN_VOTES, SCORE, SOLVED_AT) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement answer = c.prepareStatement("INSERT INTO ANSWER (ID, VERSION, CREATED_AT,"
                         + " UPDATED_AT, CHALLENGE_ID, AUTHOR_ID, LIVE_AUTHOR_ID, UP_VOTES, DOWN_VOTES, SCORE,"
                         + " ACCEPTED, DELETED, HELPFUL) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?)");
                 PreparedStatement tag = c.prepareStatement("INSERT INTO CHALLENGE_TAG (VERSION, CREATED_AT,"
                         + " UPDATED_AT, CHALLENGE_ID, TAG_ID, SPACE_ID, CHALLENGE_CREATED_AT)"
                         + " VALUES (1, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement accept = c.prepareStatement("UPDATE CHALLENGE SET ACCEPTED_ANSWER_ID = ?"
                         + " WHERE ID = ?")) {
                for (int k = 0; k < count; k++) {
                    long id = ++threadId;
                    Instant created = start.plusSeconds(span * k / count + r.nextLong(Math.max(1, spacing / 2)));
                    long asker = 1 + r.nextInt(members);
                    double state = r.nextDouble();
                    int answers = state < 0.30 ? 0 : answerCount();
                    boolean isSolved = state >= 0.75;
                    long[] answerers = new long[answers];
                    Instant[] answeredAt = new Instant[answers];
                    Instant last = created;
                    for (int a = 0; a < answers; a++) {
                        answerers[a] = answerer(asker, answerers, a, experts);
                        last = last.plusSeconds(300 + r.nextInt(86_400));
                        answeredAt[a] = last;
                    }
                    int acceptedIndex = isSolved ? r.nextInt(answers) : -1;
                    Instant solvedAt = isSolved ? last.plusSeconds(600 + r.nextInt(86_400)) : null;
                    String status = answers == 0 ? "OPEN" : isSolved ? "SOLVED" : "ANSWERED";
                    if (answers == 0) {
                        open++;
                    } else if (isSolved) {
                        solved++;
                        if (answers >= solvedExampleAnswers) {
                            solvedExample = id;
                            solvedExampleAnswers = answers;
                        }
                    } else {
                        answered++;
                    }
                    answerTotal += answers;

                    thread.setLong(1, id);
                    thread.setTimestamp(2, Timestamp.from(created));
                    thread.setTimestamp(3, Timestamp.from(last));
                    thread.setLong(4, boardId);
                    thread.setLong(5, asker);
                    thread.setString(6, TITLES[r.nextInt(TITLES.length)] + "? (#" + (k + 1) + ")");
                    thread.setTimestamp(7, Timestamp.from(last));
                    thread.setLong(8, answers == 0 ? asker : answerers[answers - 1]);
                    thread.setInt(9, answers + 1);
                    thread.setInt(10, answers);
                    thread.addBatch();

                    addPost(post, ++postId, created, id, asker, 1);
                    int up = upVotes();
                    int down = downVotes();
                    challenge.setLong(1, id);
                    challenge.setTimestamp(2, Timestamp.from(created));
                    challenge.setTimestamp(3, Timestamp.from(isSolved ? solvedAt : last));
                    challenge.setLong(4, boardId);
                    challenge.setLong(5, asker);
                    if (r.nextInt(10) < 3) {
                        challenge.setLong(6, 1 + r.nextInt(THEMES.length));
                    } else {
                        challenge.setNull(6, java.sql.Types.BIGINT);
                    }
                    challenge.setString(7, status);
                    challenge.setBoolean(8, isSolved);
                    challenge.setInt(9, answers);
                    challenge.setInt(10, up);
                    challenge.setInt(11, down);
                    challenge.setInt(12, up - down);
                    challenge.setTimestamp(13, isSolved ? Timestamp.from(solvedAt) : null);
                    challenge.addBatch();
                    reputation[(int) asker] += (long) up * Reputation.CHALLENGE_UPVOTE - (long) down * Reputation.DOWNVOTE;

                    for (int a = 0; a < answers; a++) {
                        long answerId = ++postId;
                        long author = answerers[a];
                        boolean accepted = a == acceptedIndex;
                        boolean helpful = !accepted && r.nextInt(8) == 0;
                        int aUp = upVotes() + (accepted ? 1 + r.nextInt(3) : 0);
                        int aDown = downVotes();
                        addPost(post, answerId, answeredAt[a], id, author, a + 2);
                        answer.setLong(1, answerId);
                        answer.setTimestamp(2, Timestamp.from(answeredAt[a]));
                        answer.setTimestamp(3, Timestamp.from(accepted ? solvedAt : answeredAt[a]));
                        answer.setLong(4, id);
                        answer.setLong(5, author);
                        answer.setLong(6, author);
                        answer.setInt(7, aUp);
                        answer.setInt(8, aDown);
                        answer.setInt(9, aUp - aDown);
                        answer.setBoolean(10, accepted);
                        answer.setBoolean(11, helpful);
                        answer.addBatch();
                        if (accepted) {
                            accept.setLong(1, answerId);
                            accept.setLong(2, id);
                            accept.addBatch();
                        }
                        reputation[(int) author] += Reputation.ofAnswer(aUp, aDown, accepted, helpful);
                    }

                    int[] tags = tagsOfChallenge();
                    for (int t : tags) {
                        tag.setTimestamp(1, Timestamp.from(created));
                        tag.setTimestamp(2, Timestamp.from(created));
                        tag.setLong(3, id);
                        tag.setLong(4, t + 1);
                        tag.setLong(5, boardId);
                        tag.setTimestamp(6, Timestamp.from(created));
                        tag.addBatch();
                        tagChallenges[t]++;
                        for (int o : tags) {
                            if (o != t) {
                                together[t][o]++;
                            }
                        }
                    }

                    boardPosts += answers + 1;
                    if (boardLast == null || !last.isBefore(boardLast)) {
                        boardLast = last;
                        boardLastThread = id;
                    }
                    if ((k + 1) % FLUSH_EVERY == 0 || k == count - 1) {
                        // in the order of the foreign keys: posts need their thread, answers their challenge
                        thread.executeBatch();
                        post.executeBatch();
                        challenge.executeBatch();
                        answer.executeBatch();
                        tag.executeBatch();
                        accept.executeBatch();
                        c.commit();
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE FORUM_SPACE SET THREAD_COUNT = ?, POST_COUNT = ?,"
                    + " LAST_ACTIVITY_AT = ?, LAST_THREAD_ID = ? WHERE ID = ?")) {
                s.setLong(1, count);
                s.setLong(2, boardPosts);
                s.setTimestamp(3, Timestamp.from(boardLast));
                s.setLong(4, boardLastThread);
                s.setLong(5, boardId);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE TAG SET CHALLENGE_COUNT = ? WHERE ID = ?")) {
                for (int t = 0; t < tagCount; t++) {
                    s.setLong(1, tagChallenges[t]);
                    s.setLong(2, t + 1);
                    s.addBatch();
                }
                s.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE FORUM_MEMBER SET REPUTATION = ? WHERE ID = ?")) {
                for (int m = 1; m <= members; m++) {
                    if (reputation[m] != 0) {
                        s.setLong(1, reputation[m]);
                        s.setLong(2, m);
                        s.addBatch();
                    }
                }
                s.executeBatch();
            }
            c.commit();

            int common = 0;
            int rare = 0;
            int pairA = 0;
            int pairB = 1;
            for (int t = 0; t < tagCount; t++) {
                if (tagChallenges[t] > tagChallenges[common]) {
                    common = t;
                }
                if (tagChallenges[t] > 0 && (tagChallenges[rare] == 0 || tagChallenges[t] < tagChallenges[rare])) {
                    rare = t;
                }
                for (int o = t + 1; o < tagCount; o++) {
                    if (together[t][o] > together[pairA][pairB]) {
                        pairA = t;
                        pairB = o;
                    }
                }
            }
            int perPage = ChallengeService.PER_PAGE;
            facts.setProperty("challengeBoardId", Long.toString(boardId));
            facts.setProperty("challengeAnswers", Long.toString(answerTotal));
            facts.setProperty("challengePosts", Long.toString(boardPosts));
            facts.setProperty("challengesOpen", Long.toString(open));
            facts.setProperty("challengesAnswered", Long.toString(answered));
            facts.setProperty("challengesSolved", Long.toString(solved));
            facts.setProperty("challengeNewestPages", Long.toString((count + perPage - 1) / perPage));
            facts.setProperty("challengeUnansweredPages", Long.toString((open + perPage - 1) / perPage));
            facts.setProperty("challengeUnsolvedPages", Long.toString((open + answered + perPage - 1) / perPage));
            facts.setProperty("commonTagSlug", taxonomy[common][0]);
            facts.setProperty("commonTagChallenges", Long.toString(tagChallenges[common]));
            facts.setProperty("rareTagSlug", taxonomy[rare][0]);
            facts.setProperty("rareTagChallenges", Long.toString(tagChallenges[rare]));
            facts.setProperty("pairTagSlugs", taxonomy[pairA][0] + "," + taxonomy[pairB][0]);
            facts.setProperty("pairTagChallenges", Long.toString(together[pairA][pairB]));
            facts.setProperty("solvedChallengeId", Long.toString(solvedExample));
            facts.setProperty("experts", Integer.toString(experts.size()));
            facts.setProperty("expertEmail", "member" + experts.get(0) + "@bench.example");
            return new long[]{threadId, postId};
        }

        private void insertBoardAndTags(long boardId) throws SQLException {
            try (PreparedStatement space = c.prepareStatement("INSERT INTO FORUM_SPACE (ID, VERSION, CREATED_AT,"
                    + " UPDATED_AT, KIND, NAME, SLUG, DESCRIPTION, THREAD_COUNT, POST_COUNT) VALUES"
                    + " (?, 1, ?, ?, 'BOARD', 'Challenges', ?, ?, 0, 0)");
                 PreparedStatement board = c.prepareStatement("INSERT INTO CHALLENGE_BOARD (ID) VALUES (?)");
                 PreparedStatement tag = c.prepareStatement("INSERT INTO TAG (ID, VERSION, CREATED_AT, UPDATED_AT,"
                         + " SLUG, NAME, DESCRIPTION, STATUS, CHALLENGE_COUNT) VALUES (?, 1, ?, ?, ?, ?, ?,"
                         + " 'APPROVED', 0)")) {
                space.setLong(1, boardId);
                space.setTimestamp(2, Timestamp.from(start));
                space.setTimestamp(3, Timestamp.from(start));
                space.setString(4, ChallengeBoard.SLUG);
                space.setString(5, "Business challenges members bring to the cluster, answered by members and"
                        + " experts.");
                space.executeUpdate();
                board.setLong(1, boardId);
                board.executeUpdate();
                for (int i = 0; i < taxonomy.length; i++) {
                    tag.setLong(1, i + 1);
                    tag.setTimestamp(2, Timestamp.from(start));
                    tag.setTimestamp(3, Timestamp.from(start));
                    tag.setString(4, taxonomy[i][0]);
                    tag.setString(5, taxonomy[i][1]);
                    tag.setString(6, taxonomy[i][2]);
                    tag.addBatch();
                }
                tag.executeBatch();
            }
            c.commit();
        }

        /**
         * About {@value #EXPERTS} experts (the members insertMembers already made experts, then members spread
         * over the ids; never member 1, the moderator), each with 2–4 tags of expertise, common tags more often.
         */
        private List<Long> insertExperts() throws SQLException {
            java.util.LinkedHashSet<Long> chosen = new java.util.LinkedHashSet<>();
            for (long m = 50; m <= members; m += 50) {
                chosen.add(m);
            }
            int wanted = Math.min(EXPERTS, members - 1);
            long stride = Math.max(2, members / EXPERTS);
            for (long m = stride; chosen.size() < wanted && m <= members; m += stride) {
                chosen.add(m);
            }
            for (long m = 2; chosen.size() < wanted && m <= members; m++) {
                chosen.add(m);
            }
            try (PreparedStatement role = c.prepareStatement("UPDATE FORUM_MEMBER SET ROLE = 'EXPERT' WHERE ID = ?");
                 PreparedStatement expertise = c.prepareStatement("INSERT INTO EXPERTISE (VERSION, CREATED_AT,"
                         + " UPDATED_AT, MEMBER_ID, TAG_ID) VALUES (1, ?, ?, ?, ?)")) {
                for (long m : chosen) {
                    role.setLong(1, m);
                    role.addBatch();
                    java.util.Set<Integer> tags = new java.util.LinkedHashSet<>();
                    int n = 2 + r.nextInt(3);
                    while (tags.size() < Math.min(n, taxonomy.length)) {
                        tags.add(weightedTag());
                    }
                    for (int t : tags) {
                        expertise.setTimestamp(1, Timestamp.from(start));
                        expertise.setTimestamp(2, Timestamp.from(start));
                        expertise.setLong(3, m);
                        expertise.setLong(4, t + 1);
                        expertise.addBatch();
                    }
                }
                role.executeBatch();
                expertise.executeBatch();
            }
            c.commit();
            return new ArrayList<>(chosen);
        }

        private void addPost(PreparedStatement post, long postId, Instant at, long threadId, long author,
                             int position) throws SQLException {
            String text = text(r);
            post.setLong(1, postId);
            post.setTimestamp(2, Timestamp.from(at));
            post.setTimestamp(3, Timestamp.from(at));
            post.setLong(4, threadId);
            post.setLong(5, author);
            post.setInt(6, position);
            post.setString(7, "<p>" + text + "</p>");
            post.setString(8, text);
            post.addBatch();
            memberPosts[(int) author]++;
        }

        /** 1–4 answers, fewer more often. */
        private int answerCount() {
            int u = r.nextInt(10);
            return u < 4 ? 1 : u < 7 ? 2 : u < 9 ? 3 : 4;
        }

        /** A member who has not answered this challenge yet and did not ask it: half the time an expert. */
        private long answerer(long asker, long[] earlier, int count, List<Long> experts) {
            while (true) {
                long m = r.nextBoolean() ? experts.get(r.nextInt(experts.size())) : 1 + r.nextInt(members);
                boolean taken = m == asker;
                for (int i = 0; i < count && !taken; i++) {
                    taken = earlier[i] == m;
                }
                if (!taken) {
                    return m;
                }
            }
        }

        /** Small, skewed: most get a few votes, some many. */
        private int upVotes() {
            int u = r.nextInt(100);
            return u < 30 ? 0 : u < 85 ? 1 + r.nextInt(4) : u < 98 ? 5 + r.nextInt(10) : 15 + r.nextInt(30);
        }

        private int downVotes() {
            return r.nextInt(8) == 0 ? 1 + r.nextInt(2) : 0;
        }

        /** 1–3 distinct tags (indexes): common ones more often, and a tag's partner often with it. */
        private int[] tagsOfChallenge() {
            int u = r.nextInt(100);
            int n = Math.min(taxonomy.length, u < 35 ? 1 : u < 75 ? 2 : 3);
            int[] tags = new int[n];
            tags[0] = weightedTag();
            int have = 1;
            while (have < n) {
                int candidate = partner[tags[0]] >= 0 && have == 1 && r.nextInt(10) < 6 ? partner[tags[0]]
                        : weightedTag();
                boolean duplicate = false;
                for (int i = 0; i < have; i++) {
                    duplicate |= tags[i] == candidate;
                }
                if (!duplicate) {
                    tags[have++] = candidate;
                }
            }
            return tags;
        }
    }

    private Instant timeAt(double fraction) {
        long span = Duration.between(start, end).toSeconds();
        return start.plusSeconds((long) (span * Math.min(1, Math.max(0, fraction))));
    }

    private String text() {
        return text(random);
    }

    private static String text(Random random) {
        List<String> parts = new ArrayList<>();
        int n = 2 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            parts.add(SENTENCES[random.nextInt(SENTENCES.length)]);
        }
        return String.join(" ", parts);
    }

    private String title(long threadId) {
        String s = SENTENCES[(int) (threadId % SENTENCES.length)];
        return (s.length() > 90 ? s.substring(0, 90) : s).replaceAll("[.?]$", "") + " (" + threadId + ")";
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replace("&", "and").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
    }
}
