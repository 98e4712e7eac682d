package org.clusterforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.clusterforum.account.service.AccountService;
import org.clusterforum.discussion.service.DiscussionService;
import org.clusterforum.discussion.service.PostService;
import org.clusterforum.group.model.GroupVisibility;
import org.clusterforum.group.service.GroupForm;
import org.clusterforum.group.service.GroupService;
import org.clusterforum.platform.persistence.Page;
import org.clusterforum.platform.persistence.PageRequest;
import org.clusterforum.platform.security.Role;
import org.clusterforum.platform.security.Viewer;
import org.clusterforum.platform.validation.InvalidInput;
import org.clusterforum.search.service.SearchFilters;
import org.clusterforum.search.service.SearchHit;
import org.clusterforum.search.service.SearchIndex;
import org.clusterforum.search.service.SearchService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Search through the services inside Payara Micro with Derby: English stemming, title before body, marked
 * snippets, what a viewer may not read never matches (in the index query, so counts are right too), the index
 * follows commits and ignores rollbacks, and a rebuild gives the same answers.
 */
@ExtendWith(ArquillianExtension.class)
class SearchIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.forum(SearchIT.class, TestPeople.class, TestTransactions.class);
    }

    @Inject
    AccountService accounts;

    @Inject
    DiscussionService discussions;

    @Inject
    PostService posts;

    @Inject
    GroupService groups;

    @Inject
    SearchService search;

    @Inject
    org.clusterforum.challenge.service.ChallengeService challenges;

    @Inject
    SearchIndex index;

    @Inject
    TestTransactions transactions;

    @Test
    void searchFindsStemmedWordsPutsTitlesFirstAndMarksTheMatches() {
        Viewer member = member("Search writer");
        String word = "quokka" + token();
        String theme = theme();
        long inBody = discussions.startThread(member, theme, "Buying through frameworks",
                "<p>We are procuring a " + word + " triage tool through a national framework.</p>");
        long inTitle = discussions.startThread(member, theme, "The " + word + " procurement question",
                "<p>Which route suits a small supplier?</p>");
        settle();

        List<SearchHit> hits = results(Viewer.anonymous(), word + " procurement", null);
        assertEquals(List.of(inTitle, inBody), hits.stream().map(SearchHit::threadId).toList(),
                "a match in the title ranks first; procuring and procurement share a stem");
        SearchHit body = hits.get(1);
        assertTrue(body.snippet().stream().anyMatch(p -> p.match() && p.text().equalsIgnoreCase(word)),
                body.snippet().toString());
        assertTrue(body.snippet().stream().anyMatch(p -> p.match() && p.text().equals("procuring")));
        assertEquals("Search writer", body.authorName());
        assertEquals("/themes/theme?slug=" + theme, body.placeUrl(), "a result says where it is");
        assertTrue(body.placeName() != null && !body.placeName().isBlank());
        assertEquals(0, results(Viewer.anonymous(), word + " unrelatedwordxyz", null).size(),
                "every word must match");
        assertEquals(0, results(Viewer.anonymous(), word, "challenges").size(), "kind narrows");
        assertEquals(0, search.search(Viewer.anonymous(), "   ", (String) null, new PageRequest(1, 20)).total());
        assertThrows(InvalidInput.class, () -> search.search(Viewer.anonymous(), "x".repeat(201), (String) null,
                new PageRequest(1, 20)));
        assertEquals(0, results(Viewer.anonymous(), "\"unbalanced (", null).size(), "odd syntax is no error");

        Viewer other = member("Other writer");
        discussions.startThread(other, theme(), "Elsewhere", "<p>Another " + word + " note.</p>");
        settle();
        assertEquals(3, filtered(word, SearchFilters.NONE));
        assertEquals(2, filtered(word, new SearchFilters(null, theme, null, null, null, null, null)), "one theme");
        String handle = "@" + accounts.profile(other.memberId()).handle();
        assertEquals(1, filtered(word, new SearchFilters(null, null, handle, null, null, null, null)), "one author");
        java.time.LocalDate today = org.clusterforum.platform.time.ForumDays.today();
        assertEquals(3, filtered(word, new SearchFilters(null, null, null, today, today, null, null)), "written today");
        assertEquals(0, filtered(word, new SearchFilters(null, null, null, today.minusDays(9), today.minusDays(2), null, null)));
        InvalidInput bad = assertThrows(InvalidInput.class, () -> filtered(word, new SearchFilters(null,
                "no-such-place", "@nobody-" + token(), today, today.minusDays(1), "no-such-tag", null)));
        assertEquals(java.util.Set.of("place", "by", "to", "tag"), bad.messages().keySet(), "every problem at once");
    }

    @Test
    void challengesAreFoundByTagAndBySolvedOrNot() {
        Viewer asker = member("Search asker");
        Viewer answerer = member("Search answerer");
        String word = "ibex" + token();
        long challenge = challenges.askChallenge(asker, new org.clusterforum.challenge.service.AskForm(
                "Which evidence for a " + word + " pilot?", "<p>We plan a " + word + " pilot.</p>",
                List.of("dtac"), null, List.of()));
        long answer = challenges.answer(answerer, challenge, "<p>For a " + word + " pilot, start with DTAC.</p>",
                false, null, List.of()).postId();
        settle();
        SearchFilters dtac = new SearchFilters(null, null, null, null, null, "dtac", null);
        assertEquals(2, filtered(word, dtac), "the challenge and its answer carry its tags");
        assertEquals(0, filtered(word, new SearchFilters(null, null, null, null, null, "nhs-procurement", null)));
        assertEquals(2, filtered(word, new SearchFilters(null, null, null, null, null, null, "no")));
        assertEquals(0, filtered(word, new SearchFilters(null, null, null, null, null, null, "yes")));

        challenges.acceptAnswer(asker, answer);
        settle();
        assertEquals(2, filtered(word, new SearchFilters(null, null, null, null, null, "dtac", "yes")),
                "accepting an answer re-indexes the challenge as solved");
        assertEquals(0, filtered(word, new SearchFilters(null, null, null, null, null, null, "no")));
    }

    private long filtered(String q, SearchFilters filters) {
        return search.search(Viewer.anonymous(), q, filters, new PageRequest(1, 20)).total();
    }

    @Test
    void aPrivateGroupsWordsNeverMatchForOutsiders() {
        Viewer owner = member("Search group owner");
        Viewer outsider = member("Search outsider");
        Viewer moderator = staff(Role.MODERATOR);
        String word = "okapi" + token();
        String slug = groups.createGroup(owner, new GroupForm("Search room " + token(), "", GroupVisibility.PRIVATE));
        discussions.startThread(owner, slug, "Our confidential bid", "<p>The " + word + " pricing.</p>");
        discussions.startThread(owner, theme(), "A public note", "<p>Nothing secret about " + word + ".</p>");
        settle();

        assertEquals(1, total(outsider, word), "the outsider finds the public post only");
        assertEquals(1, total(Viewer.anonymous(), word));
        assertTrue(results(outsider, word, null).stream().noneMatch(h -> h.title().contains("confidential")));
        assertEquals(2, total(owner, word), "the group's member finds both");
        assertEquals(2, total(moderator, word));
    }

    @Test
    void theIndexFollowsCommitsNotRollbacksAndDeletions() throws Exception {
        Viewer member = member("Search deleter");
        String word = "tapir" + token();
        String theme = theme();
        long thread = discussions.startThread(member, theme, "A thread that stays", "<p>Stays.</p>");
        long reply = discussions.reply(member, thread, "<p>About the " + word + ".</p>").postId();
        settle();
        assertEquals(1, total(member, word));

        posts.deletePost(member, reply);
        settle();
        assertEquals(0, total(member, word), "a deleted post is no longer found");

        String rolledBack = "zebu" + token();
        transactions.rolledBack(() -> discussions.reply(member, thread, "<p>The " + rolledBack
                + " never happened.</p>"));
        settle();
        assertEquals(0, total(member, rolledBack), "a rolled-back post was never indexed");

        String edited = "gnu" + token();
        discussions.reply(member, thread, "<p>Before the edit.</p>");
        settle();
        assertEquals(0, total(member, edited));
        long id = results(member, "before edit", null).stream().filter(h -> h.threadId() == thread)
                .findFirst().orElseThrow().postId();
        posts.editPost(member, id, posts.postForEdit(member, id).version(), "<p>After the " + edited + " edit.</p>");
        settle();
        assertEquals(1, total(member, edited), "an edit is found");

        long count = index.rebuild();
        assertTrue(count > 0);
        assertEquals(1, total(member, edited), "a rebuild gives the same answers");
        assertEquals(0, total(member, word));
        assertThrows(org.clusterforum.platform.validation.Forbidden.class, () -> search.rebuildIndex(member));
        assertTrue(search.rebuildIndex(staff(Role.ADMIN)), "in the background, on a live forum");
        assertFalse(search.rebuildIndex(staff(Role.ADMIN)), "a second click while it runs starts nothing");
        assertEquals(1, total(member, edited), "searches answer while it runs");
        settle();
        assertEquals(1, total(member, edited));
        assertThrows(org.clusterforum.platform.validation.Forbidden.class, () -> search.indexStatus(member));
        var status = search.indexStatus(staff(Role.ADMIN));
        assertFalse(status.rebuilding());
        assertTrue(status.documents() > 0, "the administrator sees what the index holds: " + status);
        assertNotNull(status.lastRebuiltAt(), "and when it was last rebuilt");
    }

    @Test
    void membersAreFoundByNameAndOrganisationAndPeopleNarrowsToThem() {
        String word = token();
        Viewer member = member("Quinn " + word); // "Quinn …" of "Test Org Quinn …", handle quinn-…
        discussions.startThread(member, theme(), "A thread about " + word, "<p>Nothing more to say.</p>");
        settle();

        List<SearchHit> everything = results(Viewer.anonymous(), word, null);
        assertEquals(2, everything.size(), everything.toString());
        SearchHit profile = everything.stream().filter(SearchHit::isMember).findFirst().orElseThrow();
        assertEquals(member.memberId(), profile.postId());
        assertEquals("/members/profile?id=" + member.memberId(), profile.url());
        assertEquals("Quinn " + word, profile.title());
        assertEquals("Member", profile.kindLabel());
        assertTrue(profile.snippet().stream().anyMatch(p -> p.match() && p.text().equalsIgnoreCase(word)),
                "the organisation's name matched: " + profile.snippet());
        assertEquals(List.of(member.memberId()), results(Viewer.anonymous(), "test org " + word, "people").stream()
                .map(SearchHit::postId).toList());
        assertTrue(results(Viewer.anonymous(), word, "discussions").stream().noneMatch(SearchHit::isMember));
        assertEquals(1, index.rebuild() > 0 ? results(Viewer.anonymous(), word, "people").size() : -1,
                "a rebuild indexes profiles too");
    }

    private void settle() {
        assertTrue(index.awaitIdle(Duration.ofSeconds(10)), "the index caught up");
    }

    private List<SearchHit> results(Viewer viewer, String q, String kind) {
        return search.search(viewer, q, kind, new PageRequest(1, 20)).items();
    }

    private long total(Viewer viewer, String q) {
        Page<SearchHit> page = search.search(viewer, q, SearchFilters.NONE, new PageRequest(1, 20));
        return page.total();
    }

    private String theme() {
        String slug = "search-" + token();
        discussions.createTheme(staff(Role.ADMIN), "Search " + slug, slug, "A theme of the search tests.", 90);
        return slug;
    }

    private Viewer staff(Role role) {
        return new TestPeople(accounts).staff(role);
    }

    private Viewer member(String name) {
        return new TestPeople(accounts).member(name);
    }

    private static String token() {
        return TestPeople.letters(); // letters only, so the analyser keeps the word
    }
}
