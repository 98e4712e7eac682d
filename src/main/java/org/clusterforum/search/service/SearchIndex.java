package org.clusterforum.search.service;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.clusterforum.account.service.SearchableProfile;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.clusterforum.discussion.service.SearchablePost;
import org.clusterforum.discussion.service.SearchablePosts;
import org.clusterforum.platform.config.ForumConfig;
import org.clusterforum.platform.persistence.ForumStarted;
import org.clusterforum.platform.search.SearchablesChanged;

/**
 * The Lucene index under {@code FORUM_DATA_DIR/search}: one document per visible post (discussion posts,
 * challenges, answers) with its thread's title, its space and its author. After each commit that touched a
 * thread, that thread's documents are rebuilt from the database in the background (within a second or two);
 * a rolled-back transaction announces nothing. At start, a missing, empty or unreadable index is rebuilt.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

    static final String POST_ID = "postId";
    static final String THREAD_ID = "threadId";
    static final String SPACE_ID = "spaceId";
    static final String KIND = "kind";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String AUTHOR_ID = "authorId";
    static final String AUTHOR_KEY = "author";
    static final String CREATED = "created";
    static final String TAG = "tag";
    static final String SOLVED = "solved";
    static final String PROFILE_OF = "profileOf";
    /** The "space" of public documents (member profiles), readable by every searcher. */
    static final String PUBLIC_SPACE = "public";
    static final int REBUILD_BATCH = 1000;
    /** Recency adds up to this much to a match's score (a title match adds about 2 to 6, a body match 1 to 3)… */
    static final float RECENCY_WEIGHT = 1.5f;
    /** …and half of it for a post this old: relevance decides, recency breaks ties and near-ties. */
    static final long RECENCY_HALF_LIFE_MS = java.time.Duration.ofDays(180).toMillis();
    static final long COMMIT_DELAY_MS = 2000;

    @Inject
    ForumConfig config;

    @Inject
    SearchablePosts searchable;

    @Inject
    org.clusterforum.challenge.service.ChallengeService challenges;

    @Inject
    org.clusterforum.account.service.AccountService accounts;

    @Inject
    org.clusterforum.challenge.service.ExpertService experts;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final Set<Long> pending = ConcurrentHashMap.newKeySet();
    private final Set<Long> pendingMembers = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean commitPlanned = new AtomicBoolean();
    private volatile boolean rebuilding;
    private final AtomicBoolean rebuildStarted = new AtomicBoolean();
    private volatile Instant lastRebuiltAt;
    private volatile Long lastRebuildMillis;
    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;

    Analyzer analyzer() {
        return analyzer;
    }

    /** Opens the index once the database is ready; rebuilds it in the background if it is new or unreadable. */
    void onStart(@Observes @Priority(500) ForumStarted started) {
        boolean rebuild = open();
        if (rebuild || started.newDatabase()) {
            rebuildInBackground();
        }
    }

    private synchronized boolean open() {
        Path path = config.dataDir().resolve("search");
        try {
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
            boolean existed = DirectoryReader.indexExists(directory);
            try {
                writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            } catch (IOException | RuntimeException unreadable) {
                LOG.log(Level.WARNING, "The search index could not be opened; it is rebuilt from the database",
                        unreadable);
                writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE));
                existed = false;
            }
            writer.commit();
            searchers = new SearcherManager(writer, null);
            return !existed || writer.getDocStats().numDocs == 0;
        } catch (IOException e) {
            throw new UncheckedIOException("The search index at " + path + " cannot be opened", e);
        }
    }

    @PreDestroy
    synchronized void close() {
        try {
            if (searchers != null) {
                searchers.close();
            }
            if (writer != null) {
                writer.close();
            }
            if (directory != null) {
                directory.close();
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The search index was not closed cleanly", e);
        }
    }

    /**
     * The ranking: every word must match (title matches weigh double), and newer posts score a little higher
     * (Lucene's distance feature on the creation time: weight × halfLife / (halfLife + age)).
     */
    static org.apache.lucene.search.BooleanQuery.Builder ranked(org.apache.lucene.search.Query words,
                                                                java.time.Instant now) {
        return new org.apache.lucene.search.BooleanQuery.Builder()
                .add(words, org.apache.lucene.search.BooleanClause.Occur.MUST)
                .add(org.apache.lucene.document.LongField.newDistanceFeatureQuery(CREATED, RECENCY_WEIGHT, now.toEpochMilli(),
                        RECENCY_HALF_LIFE_MS), org.apache.lucene.search.BooleanClause.Occur.SHOULD);
    }

    /** Threads or profiles changed and committed: their documents are rebuilt in the background, in batches. */
    void onChange(@Observes SearchablesChanged changed) {
        pending.addAll(changed.threadIds());
        pendingMembers.addAll(changed.memberIds());
        if (draining.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        try {
            while (!pendingMembers.isEmpty()) {
                Set<Long> members = new HashSet<>(pendingMembers);
                pendingMembers.removeAll(members);
                try {
                    reindexProfiles(members);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Search documents of members " + members + " were not updated", e);
                }
            }
            while (!pending.isEmpty()) {
                Set<Long> batch = new HashSet<>();
                for (Long id : pending) {
                    batch.add(id);
                    if (batch.size() == 200) {
                        break;
                    }
                }
                pending.removeAll(batch);
                try {
                    reindex(batch);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Search documents of threads " + batch + " were not updated", e);
                }
            }
        } finally {
            draining.set(false);
            if (!(pending.isEmpty() && pendingMembers.isEmpty()) && draining.compareAndSet(false, true)) {
                executor.execute(this::drain);
            }
        }
    }

    /** Rebuilds these members' profile documents from the database. */
    synchronized void reindexProfiles(Set<Long> memberIds) {
        if (writer == null) {
            return;
        }
        List<SearchableProfile> profiles = accounts.searchableProfiles(memberIds);
        Map<Long, List<String>> expertise = experts.expertiseNames(memberIds);
        try {
            writer.deleteDocuments(memberIds.stream().map(id -> new Term(PROFILE_OF, id.toString()))
                    .toArray(Term[]::new));
            for (SearchableProfile profile : profiles) {
                writer.addDocument(profileDocument(profile, expertise.getOrDefault(profile.memberId(), List.of())));
            }
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        commitSoon();
    }

    /**
     * A member's profile as a document: the name as its title; the @handle, organisation, role and declared
     * expertise as its text. Profiles are public, so their "space" is {@value #PUBLIC_SPACE}, which every searcher
     * may read; their kind is "member".
     */
    static Document profileDocument(SearchableProfile profile, List<String> expertise) {
        Document doc = new Document();
        String id = Long.toString(profile.memberId());
        doc.add(new StringField(POST_ID, id, Field.Store.YES));
        doc.add(new StringField(THREAD_ID, "0", Field.Store.YES));
        doc.add(new StringField(PROFILE_OF, id, Field.Store.NO));
        doc.add(new StringField(SPACE_ID, PUBLIC_SPACE, Field.Store.NO));
        doc.add(new StringField(KIND, "member", Field.Store.YES));
        doc.add(new TextField(TITLE, profile.displayName(), Field.Store.YES));
        StringBuilder text = new StringBuilder("@").append(profile.handle());
        if (profile.organisation() != null) {
            text.append(" · ").append(profile.organisation());
        }
        text.append(" · ").append(profile.role());
        if (!expertise.isEmpty()) {
            text.append(" · Expertise: ").append(String.join(", ", expertise));
        }
        doc.add(new TextField(BODY, text.toString(), Field.Store.YES));
        doc.add(new StoredField(AUTHOR_ID, profile.memberId()));
        long joined = profile.joinedAt().toEpochMilli();
        doc.add(new LongPoint(CREATED, joined));
        doc.add(new NumericDocValuesField(CREATED, joined));
        doc.add(new StoredField(CREATED, joined));
        return doc;
    }

    /** Rebuilds the documents of these threads from the database. */
    synchronized void reindex(Set<Long> threadIds) {
        if (writer == null) {
            return;
        }
        List<SearchablePost> posts = searchable.ofThreads(threadIds);
        var facts = factsOf(posts);
        try {
            writer.deleteDocuments(threadIds.stream().map(id -> new Term(THREAD_ID, id.toString()))
                    .toArray(Term[]::new));
            for (SearchablePost post : posts) {
                writer.addDocument(document(post, facts.get(post.threadId())));
            }
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        commitSoon();
    }

    /**
     * Searches see a change at once (near-real-time readers on the writer); the change reaches the disk with the
     * next Lucene commit, at most {@value #COMMIT_DELAY_MS} ms later, so a burst of posts costs one fsync, not one
     * each. Closing the index commits too; a crash in between loses at most those seconds of changes, which the
     * next change to the same threads or a rebuild puts back.
     */
    private void commitSoon() {
        if (commitPlanned.compareAndSet(false, true)) {
            scheduler.schedule(() -> {
                commitPlanned.set(false);
                commitNow();
            }, COMMIT_DELAY_MS, TimeUnit.MILLISECONDS);
        }
    }

    private synchronized void commitNow() {
        try {
            if (writer != null && writer.isOpen()) {
                writer.commit();
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "The search index could not be written to disk; it is tried again with the next change", e);
        }
    }

    /**
     * Rebuilds the whole index from the database, on a live forum: searches keep answering from the old index
     * until the new one is committed. Returns how many posts it holds.
     */
    public long rebuild() {
        rebuilding = true;
        long start = System.nanoTime();
        try {
            long count = 0;
            synchronized (this) {
                writer.deleteAll();
                long after = 0;
                List<SearchablePost> batch;
                do {
                    batch = searchable.after(after, REBUILD_BATCH);
                    var facts = factsOf(batch);
                    for (SearchablePost post : batch) {
                        writer.addDocument(document(post, facts.get(post.threadId())));
                        after = post.postId();
                    }
                    count += batch.size();
                } while (batch.size() == REBUILD_BATCH);
                long afterMember = 0;
                List<SearchableProfile> profiles;
                do {
                    profiles = accounts.searchableProfilesAfter(afterMember, REBUILD_BATCH);
                    Map<Long, List<String>> expertise = experts.expertiseNames(
                            profiles.stream().map(SearchableProfile::memberId).toList());
                    for (SearchableProfile profile : profiles) {
                        writer.addDocument(profileDocument(profile,
                                expertise.getOrDefault(profile.memberId(), List.of())));
                        afterMember = profile.memberId();
                    }
                } while (profiles.size() == REBUILD_BATCH);
                writer.commit();
                searchers.maybeRefresh();
            }
            lastRebuildMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
            lastRebuiltAt = Instant.now();
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            rebuilding = false;
        }
    }

    /**
     * Starts a rebuild on the forum's executor, unless one is already running or waiting to run (false then): a
     * second click is answered, not queued.
     */
    boolean rebuildInBackground() {
        if (!rebuildStarted.compareAndSet(false, true)) {
            return false;
        }
        executor.execute(() -> {
            try {
                rebuildQuietly();
            } finally {
                rebuildStarted.set(false);
            }
        });
        return true;
    }

    /** Rebuilds in the caller's thread and logs how long it took, or why it failed. */
    private void rebuildQuietly() {
        try {
            long count = rebuild();
            LOG.info("Search index rebuilt from the database: " + count + " posts in " + lastRebuildMillis + " ms");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The search index could not be rebuilt", e);
        }
    }

    /** How many documents the index holds, and its rebuilds since start. */
    public IndexStatus status() {
        long documents = searchers == null ? 0 : withSearcher(searcher -> (long) searcher.getIndexReader().numDocs());
        return new IndexStatus(documents, rebuilding, lastRebuiltAt, lastRebuildMillis);
    }

    /** Whether no change is waiting to be indexed and no rebuild runs (tests wait for this). */
    public boolean idle() {
        return pending.isEmpty() && !draining.get() && !rebuilding;
    }

    /** Waits until {@link #idle()} (at most {@code limit}); true if it became idle. */
    public boolean awaitIdle(Duration limit) {
        long end = System.nanoTime() + limit.toNanos();
        while (!idle()) {
            if (System.nanoTime() > end) {
                return false;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** Runs a search on the latest committed index. */
    <T> T withSearcher(Function<IndexSearcher, T> search) {
        if (searchers == null) {
            throw new IllegalStateException("The search index is not open yet");
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return search.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Solved state and tags of the challenges among these posts' threads. */
    private java.util.Map<Long, org.clusterforum.challenge.service.ChallengeFacts> factsOf(
            List<SearchablePost> posts) {
        Set<Long> challengeIds = new HashSet<>();
        posts.stream().filter(p -> p.kind().equals("challenge") || p.kind().equals("answer"))
                .forEach(p -> challengeIds.add(p.threadId()));
        return challenges.searchFacts(challengeIds);
    }

    static Document document(SearchablePost post, org.clusterforum.challenge.service.ChallengeFacts facts) {
        Document doc = new Document();
        doc.add(new StringField(POST_ID, Long.toString(post.postId()), Field.Store.YES));
        doc.add(new StringField(THREAD_ID, Long.toString(post.threadId()), Field.Store.YES));
        doc.add(new StringField(SPACE_ID, Long.toString(post.spaceId()), Field.Store.NO));
        doc.add(new StringField(KIND, post.kind(), Field.Store.YES));
        doc.add(new TextField(TITLE, post.title(), Field.Store.YES));
        doc.add(new TextField(BODY, post.text() == null ? "" : post.text(), Field.Store.YES));
        doc.add(new StoredField(AUTHOR_ID, post.authorId()));
        doc.add(new StringField(AUTHOR_KEY, Long.toString(post.authorId()), Field.Store.NO));
        long created = post.createdAt().toEpochMilli();
        doc.add(new LongPoint(CREATED, created));
        doc.add(new NumericDocValuesField(CREATED, created));
        doc.add(new StoredField(CREATED, created));
        if (facts != null) {
            doc.add(new StringField(SOLVED, facts.solved() ? "yes" : "no", Field.Store.NO));
            facts.tagSlugs().forEach(tag -> doc.add(new StringField(TAG, tag, Field.Store.NO)));
        }
        return doc;
    }

    static Stream<String> kinds(String group) {
        return "challenges".equals(group) ? Stream.of("challenge", "answer")
                : "discussions".equals(group) ? Stream.of("discussion", "reply")
                : "people".equals(group) ? Stream.of("member") : Stream.empty();
    }
}
