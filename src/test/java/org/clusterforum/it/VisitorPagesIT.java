package org.clusterforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What a visitor's browser receives from the running forum (the one Maven starts for the browser tests): reading
 * leaves no session, repeated reads come from the visitors' page cache, and every response has its own CSP nonce.
 */
class VisitorPagesIT {

    private static final Pattern HEADER_NONCE = Pattern.compile("'nonce-([^']+)'");

    private final String baseUrl = System.getProperty("forum.it.baseUrl", "http://localhost:18080/");
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void visitorReadingLeavesNoSessionAndEachResponseHasItsOwnNonce() throws Exception {
        java.util.regex.Matcher challenge = java.util.regex.Pattern.compile("challenges/challenge\\?id=\\d+")
                .matcher(get("challenges").body());
        assertTrue(challenge.find(), "the challenge list links to challenges");
        for (String path : new String[] {"", "themes/theme?slug=nhs-procurement", "threads/thread?id=1",
                "members/profile?id=2", "challenges?view=unanswered", challenge.group(), "challenges/tag?slug=dtac"}) {
            HttpResponse<String> first = get(path);
            HttpResponse<String> second = get(path);

            for (HttpResponse<String> response : java.util.List.of(first, second)) {
                assertEquals(200, response.statusCode(), path);
                assertTrue(response.headers().firstValue("Set-Cookie").isEmpty(), "no session for reading " + path);
                String nonce = nonceOf(response);
                assertTrue(response.body().contains("nonce=\"" + nonce + "\""), "the page uses its header's nonce");
            }
            assertNotEquals(nonceOf(first), nonceOf(second), "a nonce is never reused");
            assertEquals("hit", second.headers().firstValue("X-Forum-Cache").orElse(""), path);
        }
    }

    @Test
    void aVisitorWithASessionIsNeverServedFromTheCache() throws Exception {
        HttpResponse<String> signIn = get("account/signin");
        String cookie = signIn.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        get("threads/thread?id=2");

        HttpResponse<String> withSession = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "threads/thread?id=2"))
                .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, withSession.statusCode());
        assertTrue(withSession.headers().firstValue("X-Forum-Cache").isEmpty());
    }

    @Test
    void aMissingThreadIsNotFoundEvenWhenAskedTwice() throws Exception {
        assertEquals(404, get("threads/thread?id=987654321").statusCode());
        assertEquals(404, get("threads/thread?id=987654321").statusCode());
    }

    @Test
    void theSearchPageListsPostsAndPeopleForAVisitor() throws Exception {
        HttpResponse<String> posts = get("search?q=procurement");
        assertEquals(200, posts.statusCode());
        assertTrue(posts.body().contains("results for"), "a results heading");
        assertTrue(posts.body().contains("href=\"/threads/post?id="), "results link to posts");
        assertTrue(posts.body().contains(" in <a href=\"/themes/theme?slug="), "and say which theme they are in");

        HttpResponse<String> theme = get("themes/theme?slug=nhs-procurement");
        assertTrue(theme.body().contains("<input type=\"hidden\" name=\"place\" value=\"nhs-procurement\""),
                "a theme page has a search of its own: " + theme.body().contains("Search this theme"));
        assertTrue(theme.body().contains("Search this theme"));

        HttpResponse<String> people = get("search?q=northbridge&kind=people");
        assertEquals(200, people.statusCode());
        assertTrue(people.body().contains("Member since"), "a profile result says when they joined");
        assertTrue(people.body().contains("href=\"/members/profile?id="), "results link to profiles");
    }

    @Test
    void feedReadersGetAtomFeedsOfPublicThemesAndTagsAndNothingElse() throws Exception {
        HttpResponse<String> theme = get("feeds/theme?slug=nhs-procurement");
        assertEquals(200, theme.statusCode());
        assertEquals("application/atom+xml;charset=UTF-8", theme.headers().firstValue("Content-Type").orElse("")
                .replace(" ", ""));
        com.rometools.rome.feed.synd.SyndFeed feed = new com.rometools.rome.io.SyndFeedInput()
                .build(new java.io.StringReader(theme.body()));
        assertEquals("atom_1.0", feed.getFeedType());
        assertTrue(feed.getTitle().startsWith("NHS procurement"), feed.getTitle());
        assertFalse(feed.getEntries().isEmpty());
        var newest = feed.getEntries().get(0);
        assertTrue(newest.getLink().startsWith(baseUrl + "threads/thread?id="), newest.getLink());
        assertFalse(newest.getDescription().getValue().isBlank(), "the opening post's start is the summary");
        for (int i = 1; i < feed.getEntries().size(); i++) {
            assertFalse(feed.getEntries().get(i).getPublishedDate().after(feed.getEntries().get(i - 1).getPublishedDate()),
                    "newest first");
        }
        assertTrue(get("themes/theme?slug=nhs-procurement").body().contains("application/atom+xml"),
                "the theme page announces its feed");

        com.rometools.rome.feed.synd.SyndFeed tag = new com.rometools.rome.io.SyndFeedInput()
                .build(new java.io.StringReader(get("feeds/tag?tag=dtac").body()));
        assertFalse(tag.getEntries().isEmpty());
        assertTrue(tag.getEntries().get(0).getLink().startsWith(baseUrl + "challenges/challenge?id="));

        assertEquals(404, get("feeds/theme?slug=wound-care-bid-consortium").statusCode(), "a private group has no feed");
        assertEquals(404, get("feeds/theme?slug=no-such-theme").statusCode());
        assertEquals(404, get("feeds/tag?tag=no-such-tag").statusCode());
        assertEquals(404, get("feeds/tag").statusCode());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String nonceOf(HttpResponse<String> response) {
        String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        Matcher m = HEADER_NONCE.matcher(policy);
        assertTrue(m.find(), policy);
        return m.group(1);
    }
}
