package org.clusterforum.bench;

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
import org.clusterforum.platform.security.PasswordHasher;
import org.flywaydb.core.Flyway;

/**
 * Fills a new FORUM_DATA_DIR with a realistic cluster forum of a given size, by bulk SQL consistent with what the
 * services write (counters, positions, read-model columns), for benchmarks:
 * {@code --posts 1000000} gives ~10 k members, 20 themes, ~62 k threads, one thread of 5,000 posts, likes and
 * revisions spread around. Schema by the application's own Flyway migrations. Writes {@code bench.properties}
 * (ids and pages worth measuring) next to the database. Every member's password is {@value #PASSWORD}.
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
        Path dataDir = Path.of("target/bench-data");
        for (int i = 0; i < args.length - 1; i++) {
            switch (args[i]) {
                case "--posts" -> posts = Long.parseLong(args[++i].replace("_", ""));
                case "--data-dir" -> dataDir = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        if (Files.exists(dataDir.resolve("db"))) {
            throw new IllegalStateException(dataDir + " already holds a database: use a new directory");
        }
        Files.createDirectories(dataDir);
        long t0 = System.nanoTime();
        new GenerateForum().generate(dataDir, posts);
        System.out.printf(Locale.UK, "Generated %,d posts in %s in %.1f s%n", posts, dataDir,
                (System.nanoTime() - t0) / 1e9);
    }

    private void generate(Path dataDir, long totalPosts) throws Exception {
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
            finish(c, members, memberPosts, themeCounts, threadId, postId);
            facts.setProperty("members", Integer.toString(members));
            facts.setProperty("threads", Long.toString(threadId));
            facts.setProperty("posts", Long.toString(postId));
            facts.setProperty("bigThreadId", "1");
            facts.setProperty("bigThreadPages", Integer.toString((bigThreadPosts + 19) / 20));
            facts.setProperty("busiestThemeSlug", slug(THEMES[1]));
            facts.setProperty("busiestThemePages", Long.toString((themeCounts[2][0] + 24) / 25));
            facts.setProperty("memberEmail", "member1@bench.example");
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
                        long posts) throws SQLException {
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
            s.execute("ALTER TABLE FORUM_SPACE ALTER COLUMN ID RESTART WITH " + (THEMES.length + 1));
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
                + " POST_COUNT, HANDLE) VALUES (?, 1, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, 0, ?)")) {
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

    private Instant timeAt(double fraction) {
        long span = Duration.between(start, end).toSeconds();
        return start.plusSeconds((long) (span * Math.min(1, Math.max(0, fraction))));
    }

    private String text() {
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
