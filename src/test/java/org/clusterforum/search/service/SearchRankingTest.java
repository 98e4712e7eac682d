package org.clusterforum.search.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.clusterforum.discussion.service.SearchablePost;
import org.junit.jupiter.api.Test;

/** The ranking on a small in-memory index built with the forum's own documents and analyser. */
class SearchRankingTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void ofTwoEquallyGoodMatchesTheNewerComesFirst() throws Exception {
        List<Long> order = rank("framework", List.of(
                post(1, "Buying through a framework", "Which framework suits a small supplier?", 700),
                post(2, "Buying through a framework", "Which framework suits a small supplier?", 3),
                post(3, "Buying through a framework", "Which framework suits a small supplier?", 90)));
        assertEquals(List.of(2L, 3L, 1L), order);
    }

    @Test
    void relevanceStillOutweighsAgeATitleMatchFromLastYearBeatsABodyMatchFromToday() {
        List<Long> order = rank("procurement", List.of(
                post(1, "Lunch at the conference", "Someone mentioned procurement in passing over lunch.", 0),
                post(2, "Procurement routes for a small supplier", "Frameworks, DPS and direct awards.", 365)));
        assertEquals(List.of(2L, 1L), order);
    }

    private static SearchablePost post(long id, String title, String text, int daysOld) {
        return new SearchablePost(id, id, 1, "discussion", title, text, 9, NOW.minus(Duration.ofDays(daysOld)));
    }

    /** Ranks these posts among 40 others that do not match (so word rarity is like a forum's, not a toy's). */
    private static List<Long> rank(String words, List<SearchablePost> matching) {
        List<SearchablePost> posts = new ArrayList<>(matching);
        for (int i = 0; i < 40; i++) {
            posts.add(post(100 + i, "Clinical evaluation notes " + i, "Our pilot with the trust showed fewer"
                    + " readmissions; the sample was small and the notified body wanted more.", i * 10));
        }
        EnglishAnalyzer analyzer = new EnglishAnalyzer();
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (SearchablePost p : posts) {
                    writer.addDocument(SearchIndex.document(p, null));
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                SimpleQueryParser parser = new SimpleQueryParser(analyzer,
                        Map.of(SearchIndex.TITLE, 2f, SearchIndex.BODY, 1f));
                parser.setDefaultOperator(BooleanClause.Occur.MUST);
                List<Long> ids = new ArrayList<>();
                for (ScoreDoc d : searcher.search(SearchIndex.ranked(parser.parse(words), NOW).build(), 10).scoreDocs) {
                    ids.add(Long.parseLong(searcher.storedFields().document(d.doc).get(SearchIndex.POST_ID)));
                }
                return ids;
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
