package org.clusterforum.search.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.clusterforum.account.service.AccountService;
import org.clusterforum.account.service.MemberCard;
import org.clusterforum.platform.persistence.Page;
import org.clusterforum.platform.persistence.PageRequest;
import org.clusterforum.platform.security.Viewer;
import org.clusterforum.platform.space.SpaceAccess;
import org.clusterforum.platform.validation.InvalidInput;
import org.clusterforum.platform.validation.Texts;
import org.clusterforum.platform.time.ForumDays;

/**
 * Full-text search over what the viewer may read. "Visible to this viewer" is part of the index query (the spaces
 * they may read), never a filter applied to results afterwards, so counts and pages are right; deleted, hidden
 * and waiting posts are not in the index at all. Words are matched in English stemmed forms ("procuring" finds
 * "procurement"); every word must match; "quotes" match a phrase, -word excludes, word* matches a prefix.
 */
@ApplicationScoped
public class SearchService {

    public static final int RESULTS_PER_PAGE = 20;
    public static final int MAX_QUERY = 200;
    static final int SNIPPET_PASSAGES = 2;

    @Inject
    SearchIndex index;

    @Inject
    SpaceAccess access;

    @Inject
    org.clusterforum.platform.space.SpaceRepository spaces;

    @Inject
    org.clusterforum.challenge.service.TagService tags;

    @Inject
    AccountService accounts;

    @Inject
    org.clusterforum.discussion.service.SearchablePosts posts;

    @Inject
    org.clusterforum.platform.audit.AuditTrail audit;

    /**
     * Rebuilds the whole index from the database in the background (administrators): the forum keeps answering
     * searches from the current index until the new one is complete. In the audit log. Returns false, and starts
     * nothing, while a rebuild is already running.
     */
    @Transactional
    public boolean rebuildIndex(Viewer viewer) {
        if (!viewer.can(org.clusterforum.platform.security.Permission.ADMINISTER)) {
            throw new org.clusterforum.platform.validation.Forbidden("Only administrators rebuild the search index.");
        }
        if (!index.rebuildInBackground()) {
            return false;
        }
        audit.record(viewer, org.clusterforum.platform.audit.AuditAction.REBUILD_SEARCH_INDEX,
                new org.clusterforum.platform.audit.AuditTarget("setting", null, "Search index", "/admin/settings"),
                null);
        return true;
    }

    /** What the index holds and whether a rebuild runs (administrators). */
    public IndexStatus indexStatus(Viewer viewer) {
        if (!viewer.can(org.clusterforum.platform.security.Permission.ADMINISTER)) {
            throw new org.clusterforum.platform.validation.Forbidden("Only administrators see the search index.");
        }
        return index.status();
    }

    /**
     * One page of results for {@code text}, best first, optionally only {@code kind} ("discussions" or
     * "challenges"). A blank query finds nothing; a query too long is refused with a message.
     */
    @Transactional
    public Page<SearchHit> search(Viewer viewer, String text, String kind, PageRequest requested) {
        return search(viewer, text, SearchFilters.ofKind(kind), requested);
    }

    /**
     * One page of results for {@code text} narrowed by {@code filters}. A theme or group the viewer may not read
     * is answered like one that does not exist; an unknown author or a range that ends before it starts gets a
     * message.
     */
    @Transactional
    public Page<SearchHit> search(Viewer viewer, String text, SearchFilters filters, PageRequest requested) {
        String kind = filters.kind();
        String q = Texts.clean(text);
        if (Texts.length(q) > MAX_QUERY) {
            throw InvalidInput.of("q", "Shorten your search to " + MAX_QUERY + " characters.");
        }
        if (q.isEmpty()) {
            return new Page<>(List.of(), 1, requested.size(), 0);
        }
        SimpleQueryParser parser = new SimpleQueryParser(index.analyzer(),
                Map.of(SearchIndex.TITLE, 2f, SearchIndex.BODY, 1f));
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query words = parser.parse(q);
        if (words == null) {
            return new Page<>(List.of(), 1, requested.size(), 0); // only stop words or symbols
        }
        BooleanQuery.Builder query = SearchIndex.ranked(words, Instant.now());
        List<Long> visible = access.visibleSpaceIds(viewer);
        if (visible != null) {
            List<BytesRef> readable = new ArrayList<>();
            readable.add(new BytesRef(SearchIndex.PUBLIC_SPACE));
            visible.forEach(id -> readable.add(new BytesRef(Long.toString(id))));
            query.add(new TermInSetQuery(SearchIndex.SPACE_ID, readable), BooleanClause.Occur.FILTER);
        }
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String place = Texts.clean(filters.place());
        if (!place.isEmpty()) {
            Long spaceId = spaces.findBySlug(place).filter(s -> access.canSee(viewer, s)).map(s -> s.getId())
                    .orElse(null);
            if (spaceId == null) {
                problems.add("place", "There is no theme or group “" + place + "” to search in.");
            } else {
                query.add(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(
                        SearchIndex.SPACE_ID, spaceId.toString())), BooleanClause.Occur.FILTER);
            }
        }
        String by = Texts.clean(filters.by());
        if (!by.isEmpty()) {
            accounts.findMember(by).ifPresentOrElse(author -> query.add(new org.apache.lucene.search.TermQuery(
                            new org.apache.lucene.index.Term(SearchIndex.AUTHOR_KEY, Long.toString(author.id()))),
                            BooleanClause.Occur.FILTER),
                    () -> problems.add("by", "There is no member “" + by + "”. Give their @handle or email."));
        }
        if (filters.from() != null && filters.to() != null && filters.to().isBefore(filters.from())) {
            problems.add("to", "The last day is before the first day.");
        }
        String tag = Texts.clean(filters.tag());
        if (!tag.isEmpty()) {
            if (tags.approvedTags().stream().noneMatch(t -> t.slug().equals(tag))) {
                problems.add("tag", "There is no tag “" + tag + "”.");
            }
            query.add(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(SearchIndex.TAG, tag)),
                    BooleanClause.Occur.FILTER);
        }
        String solved = Texts.clean(filters.solved());
        if ("yes".equals(solved) || "no".equals(solved)) {
            query.add(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(SearchIndex.SOLVED,
                    solved)), BooleanClause.Occur.FILTER);
        }
        problems.throwIfAny();
        if (filters.from() != null || filters.to() != null) {
            long from = filters.from() == null ? Long.MIN_VALUE
                    : filters.from().atStartOfDay(ForumDays.ZONE).toInstant().toEpochMilli();
            long to = filters.to() == null ? Long.MAX_VALUE
                    : filters.to().plusDays(1).atStartOfDay(ForumDays.ZONE).toInstant().toEpochMilli() - 1;
            query.add(org.apache.lucene.document.LongPoint.newRangeQuery(SearchIndex.CREATED, from, to),
                    BooleanClause.Occur.FILTER);
        }
        List<BytesRef> kinds = SearchIndex.kinds(kind).map(BytesRef::new).toList();
        if (!kinds.isEmpty()) {
            query.add(new TermInSetQuery(SearchIndex.KIND, kinds), BooleanClause.Occur.FILTER);
        }
        Query built = query.build();
        Found found = index.withSearcher(searcher -> find(searcher, built, words, requested));
        Set<Long> authorIds = new HashSet<>();
        found.rows().forEach(r -> authorIds.add(r.authorId()));
        Map<Long, MemberCard> authors = accounts.cards(authorIds);
        Map<Long, org.clusterforum.discussion.service.SearchablePosts.Place> places = posts.placesOf(
                found.rows().stream().filter(r -> !"member".equals(r.kind())).map(Row::threadId).distinct().toList());
        List<SearchHit> hits = found.rows().stream().map(r -> {
            var where = "member".equals(r.kind()) ? null : places.get(r.threadId());
            return new SearchHit(r.postId(), r.threadId(), r.kind(), r.title(),
                    authors.containsKey(r.authorId()) ? authors.get(r.authorId()).displayName() : "A former member",
                    r.createdAt(), r.snippet(), where == null ? null : where.name(),
                    where == null ? null : where.address());
        }).toList();
        return new Page<>(hits, found.page().number(), found.page().size(), found.total());
    }

    private record Row(long postId, long threadId, String kind, String title, long authorId, Instant createdAt,
                       List<SearchHit.Part> snippet) {
    }

    private record Found(List<Row> rows, PageRequest page, long total) {
    }

    private Found find(IndexSearcher searcher, Query query, Query words, PageRequest requested) {
        try {
            long total = searcher.count(query);
            PageRequest page = requested.within(total);
            TopDocs top = searcher.search(query, Math.max(1, page.offset() + page.size()));
            ScoreDoc[] docs = top.scoreDocs;
            int from = Math.min(page.offset(), docs.length);
            int[] ids = new int[docs.length - from];
            for (int i = from; i < docs.length; i++) {
                ids[i - from] = docs[i].doc;
            }
            PartsHighlighter highlighter = new PartsHighlighter(UnifiedHighlighter.builder(searcher, index.analyzer())
                    .withFormatter(new PartsFormatter()));
            Map<String, Object[]> snippets = ids.length == 0 ? Map.of() : highlighter.parts(words, ids);
            Object[] bodies = snippets.getOrDefault(SearchIndex.BODY, new Object[ids.length]);
            StoredFields stored = searcher.storedFields();
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < ids.length; i++) {
                Document doc = stored.document(ids[i]);
                @SuppressWarnings("unchecked")
                List<SearchHit.Part> snippet = bodies[i] instanceof List<?> parts && !parts.isEmpty()
                        ? (List<SearchHit.Part>) parts : opening(doc.get(SearchIndex.BODY));
                rows.add(new Row(Long.parseLong(doc.get(SearchIndex.POST_ID)),
                        Long.parseLong(doc.get(SearchIndex.THREAD_ID)), doc.get(SearchIndex.KIND),
                        doc.get(SearchIndex.TITLE), doc.getField(SearchIndex.AUTHOR_ID).numericValue().longValue(),
                        Instant.ofEpochMilli(doc.getField(SearchIndex.CREATED).numericValue().longValue()),
                        snippet));
            }
            return new Found(rows, page, total);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The start of the text, when only the title matched. */
    private static List<SearchHit.Part> opening(String body) {
        String text = body == null ? "" : body.replaceAll("\\s+", " ").strip();
        return List.of(new SearchHit.Part(text.length() <= 240 ? text : text.substring(0, 240) + "…", false));
    }

    /** The highlighter, asked for its passages as objects (parts), not as HTML strings. */
    static final class PartsHighlighter extends UnifiedHighlighter {

        PartsHighlighter(UnifiedHighlighter.Builder builder) {
            super(builder);
        }

        Map<String, Object[]> parts(Query query, int[] docIds) throws IOException {
            return highlightFieldsAsObjects(new String[] {SearchIndex.BODY}, query, docIds,
                    new int[] {SNIPPET_PASSAGES});
        }
    }

    /** Turns highlighted passages into plain-text parts, matches marked, so the page never renders HTML. */
    static final class PartsFormatter extends PassageFormatter {

        @Override
        public Object format(Passage[] passages, String content) {
            List<SearchHit.Part> parts = new ArrayList<>();
            int previousEnd = -1;
            for (Passage passage : passages) {
                if (previousEnd >= 0 || passage.getStartOffset() > 0) {
                    parts.add(new SearchHit.Part(previousEnd == passage.getStartOffset() ? "" : " … ", false));
                }
                int at = passage.getStartOffset();
                for (int i = 0; i < passage.getNumMatches(); i++) {
                    int start = passage.getMatchStarts()[i];
                    int end = passage.getMatchEnds()[i];
                    if (start < at) {
                        continue; // overlapping matches: the first one is marked
                    }
                    if (start > at) {
                        parts.add(new SearchHit.Part(content.substring(at, start), false));
                    }
                    parts.add(new SearchHit.Part(content.substring(start, end), true));
                    at = end;
                }
                if (at < passage.getEndOffset()) {
                    parts.add(new SearchHit.Part(content.substring(at, passage.getEndOffset()), false));
                }
                previousEnd = passage.getEndOffset();
            }
            if (previousEnd >= 0 && previousEnd < content.length()) {
                parts.add(new SearchHit.Part(" …", false));
            }
            return parts;
        }
    }
}
