package org.clusterforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.clusterforum.account.model.OrganisationKind;
import org.clusterforum.account.service.AccountService;
import org.clusterforum.account.service.Registration;
import org.clusterforum.account.service.SignInOutcome;
import org.clusterforum.discussion.service.AttachmentFile;
import org.clusterforum.discussion.service.AttachmentView;
import org.clusterforum.discussion.service.Attachments;
import org.clusterforum.discussion.service.DiscussionService;
import org.clusterforum.discussion.service.Upload;
import org.clusterforum.discussion.service.DraftService;
import org.clusterforum.discussion.service.DraftText;
import org.clusterforum.discussion.service.EditConflict;
import org.clusterforum.discussion.service.EditablePost;
import org.clusterforum.discussion.service.PostHistory;
import org.clusterforum.discussion.service.PostService;
import org.clusterforum.discussion.service.PostView;
import org.clusterforum.discussion.service.ThreadItem;
import org.clusterforum.discussion.service.ThreadPageView;
import org.clusterforum.discussion.service.ThreadView;
import org.clusterforum.notification.service.NotificationService;
import org.clusterforum.notification.service.NotificationView;
import org.clusterforum.platform.cache.ContentVersion;
import org.clusterforum.platform.persistence.Page;
import org.clusterforum.platform.persistence.PageRequest;
import org.clusterforum.platform.security.Role;
import org.clusterforum.platform.security.Viewer;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.InvalidInput;
import org.clusterforum.platform.validation.NotFound;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Accounts and discussions through their services, inside Payara Micro with the real Derby database and Flyway
 * schema. One deployment for the whole class: every test makes its own members, themes and threads.
 */
@ExtendWith(ArquillianExtension.class)
class ForumServicesIT {

    private static final String PASSWORD = "Severn estuary kites 42";

    @Deployment
    static WebArchive deployment() {
        return Deployments.forum(ForumServicesIT.class, TestDeadlocks.class);
    }

    @Inject
    AccountService accounts;

    /** Container threads, so each reply runs in its own JTA transaction like a real request. */
    @Resource
    ManagedExecutorService executor;

    @Inject
    DiscussionService discussions;

    @Inject
    PostService posts;

    @Inject
    DraftService drafts;

    @Inject
    NotificationService notifications;

    @Inject
    Attachments attachments;

    @Inject
    ContentVersion contentVersion;

    @Inject
    TestDeadlocks deadlocks;

    @Test
    void memberRegistersAndSignsInWithTheirPassword() {
        String email = unique("Reg@Example.org");
        long id = register("Jane Register", email);

        SignInOutcome outcome = accounts.authenticate("  " + email.toUpperCase() + " ", PASSWORD, "10.0.0.1");

        SignInOutcome.Success success = assertInstanceOf(SignInOutcome.Success.class, outcome);
        assertEquals(id, success.memberId());
        assertEquals(Role.MEMBER, success.role());
        assertEquals("Jane Register", accounts.profile(id).displayName());
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameAnswer() {
        String email = unique("wrong@example.org");
        register("Wrong Password", email);

        assertInstanceOf(SignInOutcome.WrongCredentials.class, accounts.authenticate(email, "not the password", "10.0.0.2"));
        assertInstanceOf(SignInOutcome.WrongCredentials.class,
                accounts.authenticate(unique("nobody@example.org"), PASSWORD, "10.0.0.2"));
    }

    @Test
    void repeatedFailuresAreThrottledEvenWithTheRightPassword() {
        String email = unique("throttle@example.org");
        register("Throttled Member", email);
        for (int i = 0; i < 5; i++) {
            accounts.authenticate(email, "wrong password " + i, "10.0.0.3");
        }
        assertInstanceOf(SignInOutcome.Throttled.class, accounts.authenticate(email, PASSWORD, "10.0.0.4"));
    }

    @Test
    void duplicateEmailIsRejectedWithAClearMessage() {
        String email = unique("dup@example.org");
        register("First Person", email);

        InvalidInput problem = assertThrows(InvalidInput.class, () -> register("Second Person", email.toUpperCase()));

        assertEquals(AccountService.DUPLICATE_EMAIL, problem.messages().get("email"));
    }

    @Test
    void weakPasswordAndBadEmailAreRejectedTogether() {
        InvalidInput problem = assertThrows(InvalidInput.class, () -> accounts.register(new Registration(
                "Weak Person", "not-an-email", "password1", null, "Weak Org " + UUID.randomUUID(),
                OrganisationKind.COMPANY)));

        assertTrue(problem.messages().containsKey("email"));
        assertTrue(problem.messages().containsKey("password"));
    }

    @Test
    void registeringWithANewOrganisationReusesItByName() {
        String org = "Shared Org " + UUID.randomUUID();
        long first = accounts.register(new Registration("Org One", unique("o1@example.org"), PASSWORD, null, org,
                OrganisationKind.UNIVERSITY));
        long second = accounts.register(new Registration("Org Two", unique("o2@example.org"), PASSWORD, null,
                "  " + org.toLowerCase() + " ", OrganisationKind.UNIVERSITY));

        assertEquals(accounts.profile(first).organisationName(), accounts.profile(second).organisationName());
    }

    @Test
    void memberStartsAThreadAndAnotherReplies() {
        String theme = newTheme();
        Viewer author = viewer(register("Thread Author", unique("author@example.org")));
        Viewer replier = viewer(register("Thread Replier", unique("replier@example.org")));

        long threadId = discussions.startThread(author, theme, "  How do we get  UKCA marking? ",
                "<p>We make a <strong>class IIa</strong> device.</p>");
        discussions.reply(replier, threadId, "<p>Start with the MHRA guidance &amp; a notified body.</p>");

        ThreadView thread = discussions.thread(Viewer.anonymous(), threadId);
        assertEquals("How do we get UKCA marking?", thread.title());
        assertEquals(1, thread.replyCount());
        assertFalse(thread.viewerMayReply());
        Page<PostView> posts = discussions.posts(Viewer.anonymous(), threadId, new PageRequest(1, 20));
        assertEquals(List.of(1, 2), posts.items().stream().map(PostView::position).toList());
        assertEquals("<p>We make a <strong>class IIa</strong> device.</p>", posts.items().get(0).body().html());
        assertEquals("<p>Start with the MHRA guidance &amp; a notified body.</p>", posts.items().get(1).body().html());
        assertEquals(1, discussions.themes(Viewer.anonymous()).stream()
                .filter(t -> t.slug().equals(theme)).findFirst().orElseThrow().threadCount());
    }

    @Test
    void scriptInAPostIsRemovedBeforeItIsStored() {
        String theme = newTheme();
        Viewer author = viewer(register("Script Author", unique("script@example.org")));

        long threadId = discussions.startThread(author, theme, "Attack attempt thread",
                "<p>Hello<script>alert('x')</script><img src=x onerror=alert(1)></p>");

        String html = discussions.posts(author, threadId, new PageRequest(1, 20)).items().get(0).body().html();
        assertFalse(html.toLowerCase().contains("script"), html);
        assertFalse(html.toLowerCase().contains("onerror"), html);
        assertTrue(html.contains("Hello"), html);
    }

    @Test
    void anonymousVisitorCannotStartThreadsOrReply() {
        String theme = newTheme();
        Viewer author = viewer(register("Real Member", unique("real@example.org")));
        long threadId = discussions.startThread(author, theme, "A thread for visitors", "<p>Read me</p>");

        assertThrows(Forbidden.class, () -> discussions.reply(Viewer.anonymous(), threadId, "<p>sneaky</p>"));
        assertThrows(Forbidden.class,
                () -> discussions.startThread(Viewer.anonymous(), theme, "Visitor thread", "<p>no</p>"));
    }

    @Test
    void emptyAndOverlongInputIsRefusedWithMessagesPerField() {
        String theme = newTheme();
        Viewer author = viewer(register("Careless Member", unique("careless@example.org")));

        InvalidInput empty = assertThrows(InvalidInput.class,
                () -> discussions.startThread(author, theme, "   ", "<p><br></p>"));
        assertTrue(empty.messages().containsKey("title"));
        assertTrue(empty.messages().containsKey("body"));

        InvalidInput tooLong = assertThrows(InvalidInput.class,
                () -> discussions.startThread(author, theme, "x".repeat(151), "<p>" + "y".repeat(20_001) + "</p>"));
        assertTrue(tooLong.messages().get("title").contains("150"));
        assertTrue(tooLong.messages().get("body").contains("too long"));
    }

    @Test
    void missingThreadIsNotFound() {
        assertThrows(NotFound.class, () -> discussions.thread(Viewer.anonymous(), 987_654_321L));
    }

    @Test
    void concurrentRepliesAreAllStoredWithDistinctPositionsAndTheRightCount() throws Exception {
        String theme = newTheme();
        Viewer author = viewer(register("Busy Author", unique("busy@example.org")));
        long threadId = discussions.startThread(author, theme, "A very busy thread", "<p>Go!</p>");
        List<Viewer> repliers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            repliers.add(viewer(register("Replier " + i, unique("replier" + i + "@example.org"))));
        }
        int repliesEach = 5;
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = executor;
        {
            List<Future<?>> done = new ArrayList<>();
            for (Viewer replier : repliers) {
                done.add(pool.submit((Callable<Void>) () -> {
                    for (int i = 0; i < repliesEach; i++) {
                        try {
                            discussions.reply(replier, threadId, "<p>reply " + i + "</p>");
                        } catch (RuntimeException e) {
                            failures.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }

        int expectedReplies = repliers.size() * repliesEach;
        assertEquals(0, failures.get());
        ThreadView thread = discussions.thread(author, threadId);
        assertEquals(expectedReplies, thread.replyCount());
        List<Integer> positions = discussions.posts(author, threadId, new PageRequest(1, 100)).items().stream()
                .map(PostView::position).toList();
        assertEquals(expectedReplies + 1, positions.size());
        assertEquals(expectedReplies + 1, positions.stream().distinct().count());
        assertEquals(expectedReplies + 1, discussions.themes(author).stream()
                .filter(t -> t.slug().equals(theme)).findFirst().orElseThrow().postCount());
    }

    @Test
    void replyToASpecificPostLinksBackToItAndAQuoteNamesItsAuthor() {
        String theme = newTheme();
        Viewer asker = viewer(register("Quoted Asker", unique("quoted@example.org")));
        Viewer answerer = viewer(register("Quoting Answerer", unique("quoting@example.org")));
        long threadId = discussions.startThread(asker, theme, "Where do we find buyers?",
                "<p>We sell wound-care sensors. Who buys them in a trust?</p>");
        long firstPostId = firstPost(asker, threadId).id();

        String quote = posts.quote(answerer, threadId, firstPostId, "Who buys them in a trust?");
        discussions.reply(answerer, threadId, quote + "<p>Usually the tissue viability lead.</p>", firstPostId);

        PostView reply = discussions.posts(asker, threadId, new PageRequest(1, 20)).items().get(1);
        assertEquals(firstPostId, reply.replyTo().postId());
        assertEquals("Quoted Asker", reply.replyTo().authorName());
        assertTrue(reply.body().html().contains("<blockquote>"), reply.body().html());
        assertTrue(reply.body().html().contains("Quoted Asker wrote:"), reply.body().html());
        assertTrue(reply.body().html().contains("Who buys them in a trust?"), reply.body().html());
    }

    @Test
    void aQuoteCannotPutWordsInSomeoneElsesMouth() {
        String theme = newTheme();
        Viewer author = viewer(register("Honest Author", unique("honest@example.org")));
        Viewer other = viewer(register("Sly Member", unique("sly@example.org")));
        long threadId = discussions.startThread(author, theme, "Honest opinions only", "<p>I like FHIR.</p>");

        String quote = posts.quote(other, threadId, firstPost(author, threadId).id(), "I hate FHIR.");

        assertTrue(quote.contains("I like FHIR."), quote);
        assertFalse(quote.contains("hate"), quote);
    }

    @Test
    void editingKeepsThePreviousTextAsARevision() {
        String theme = newTheme();
        Viewer author = viewer(register("Editing Author", unique("editing@example.org")));
        long threadId = discussions.startThread(author, theme, "Typos happen to everyone", "<p>Teh first text</p>");
        PostView post = firstPost(author, threadId);
        EditablePost editable = posts.postForEdit(author, post.id());

        posts.editPost(author, post.id(), editable.version(), "<p>The first text</p>");

        PostView edited = firstPost(author, threadId);
        assertTrue(edited.edited());
        assertEquals("<p>The first text</p>", edited.body().html());
        PostHistory history = posts.history(Viewer.anonymous(), post.id());
        assertEquals(1, history.revisions().size());
        assertEquals("Teh first text", history.revisions().get(0).previous().text());
        assertEquals("Editing Author", history.revisions().get(0).editorName());
    }

    @Test
    void theSecondOfTwoConcurrentEditorsGetsAConflictInsteadOfOverwriting() {
        String theme = newTheme();
        Viewer author = viewer(register("Conflicted Author", unique("conflict@example.org")));
        long moderatorId = register("Busy Moderator", unique("moderator@example.org"));
        accounts.grantRole(moderatorId, Role.MODERATOR);
        Viewer moderator = viewer(moderatorId);
        long threadId = discussions.startThread(author, theme, "Edited by two people", "<p>Original</p>");
        long postId = firstPost(author, threadId).id();
        EditablePost authorsCopy = posts.postForEdit(author, postId);
        EditablePost moderatorsCopy = posts.postForEdit(moderator, postId);

        posts.editPost(moderator, postId, moderatorsCopy.version(), "<p>Moderator's fix</p>");

        assertThrows(EditConflict.class,
                () -> posts.editPost(author, postId, authorsCopy.version(), "<p>Author's change</p>"));
        assertEquals("<p>Moderator&#39;s fix</p>", firstPost(author, threadId).body().html());
        EditablePost fresh = posts.postForEdit(author, postId);
        posts.editPost(author, postId, fresh.version(), "<p>Author's change, merged</p>");
        assertEquals(2, posts.history(author, postId).revisions().size());
    }

    @Test
    void membersEditOnlyTheirOwnPosts() {
        String theme = newTheme();
        Viewer author = viewer(register("Owner Author", unique("owner@example.org")));
        Viewer stranger = viewer(register("Stranger Member", unique("stranger@example.org")));
        long threadId = discussions.startThread(author, theme, "Mine, not yours", "<p>Mine</p>");
        long postId = firstPost(author, threadId).id();

        assertThrows(Forbidden.class, () -> posts.postForEdit(stranger, postId));
        assertThrows(Forbidden.class, () -> posts.editPost(stranger, postId, 0, "<p>Yours now</p>"));
        assertThrows(Forbidden.class, () -> posts.deletePost(stranger, postId));
        assertFalse(firstPost(stranger, threadId).viewerMayEdit());
    }

    @Test
    void deletingAReplyShowsItAsDeletedAndTheCountsStayRight() {
        String theme = newTheme();
        Viewer author = viewer(register("Deleting Author", unique("deleting@example.org")));
        Viewer replier = viewer(register("Regretful Replier", unique("regret@example.org")));
        long threadId = discussions.startThread(author, theme, "Second thoughts thread", "<p>Start</p>");
        discussions.reply(replier, threadId, "<p>Something I regret</p>");
        discussions.reply(author, threadId, "<p>A later reply</p>");
        PostView regretted = discussions.posts(replier, threadId, new PageRequest(1, 20)).items().get(1);

        posts.deletePost(replier, regretted.id());
        posts.deletePost(replier, regretted.id()); // twice is harmless

        List<PostView> shown = discussions.posts(Viewer.anonymous(), threadId, new PageRequest(1, 20)).items();
        assertEquals(3, shown.size());
        assertTrue(shown.get(1).deleted());
        assertEquals(null, shown.get(1).body());
        assertEquals(1, discussions.thread(author, threadId).replyCount());
        assertEquals(2, discussions.themes(author).stream().filter(t -> t.slug().equals(theme)).findFirst()
                .orElseThrow().postCount());
        assertEquals(0, accounts.profile(replier.memberId()).postCount());
    }

    @Test
    void theOpeningPostOfAThreadWithRepliesCannotBeDeletedByItsAuthor() {
        String theme = newTheme();
        Viewer author = viewer(register("Opening Author", unique("opening@example.org")));
        Viewer replier = viewer(register("Opening Replier", unique("openingr@example.org")));
        long threadId = discussions.startThread(author, theme, "Keep the question", "<p>Question</p>");
        long openingId = firstPost(author, threadId).id();
        discussions.reply(replier, threadId, "<p>Answer</p>");

        Forbidden refused = assertThrows(Forbidden.class, () -> posts.deletePost(author, openingId));
        assertTrue(refused.getMessage().contains("first post"), refused.getMessage());
    }

    @Test
    void aMemberLikesAPostOnceAndNeverTheirOwn() {
        String theme = newTheme();
        Viewer author = viewer(register("Liked Author", unique("liked@example.org")));
        Viewer fan = viewer(register("Keen Fan", unique("fan@example.org")));
        long threadId = discussions.startThread(author, theme, "Worth a like", "<p>Good stuff</p>");
        long postId = firstPost(author, threadId).id();

        assertEquals(1, posts.like(fan, postId));
        assertEquals(1, posts.like(fan, postId));
        assertTrue(firstPost(fan, threadId).likedByViewer());
        assertThrows(Forbidden.class, () -> posts.like(author, postId));
        assertThrows(Forbidden.class, () -> posts.like(Viewer.anonymous(), postId));
        assertEquals(0, posts.unlike(fan, postId));
        assertEquals(0, posts.unlike(fan, postId));
    }

    @Test
    void concurrentLikesOfOneMemberCountOnceAndOfManyCountAll() throws Exception {
        String theme = newTheme();
        Viewer author = viewer(register("Popular Author", unique("popular@example.org")));
        long threadId = discussions.startThread(author, theme, "A popular post", "<p>Like me</p>");
        long postId = firstPost(author, threadId).id();
        List<Viewer> fans = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            fans.add(viewer(register("Fan " + i, unique("fan" + i + "@example.org"))));
        }
        List<Future<?>> done = new ArrayList<>();
        for (Viewer fan : fans) {
            for (int click = 0; click < 3; click++) {
                done.add(executor.submit(() -> posts.like(fan, postId)));
            }
        }
        for (Future<?> f : done) {
            f.get();
        }

        assertEquals(fans.size(), firstPost(author, threadId).likeCount());
    }

    @Test
    void newThreadsAndRepliesSinceLastReadAreUnreadUntilReadOrMarkedRead() {
        String theme = newTheme();
        Viewer reader = viewer(register("Careful Reader", unique("reader@example.org")));
        Viewer writer = viewer(register("Prolific Writer", unique("writer@example.org")));
        long threadId = discussions.startThread(writer, theme, "Fresh news for the reader", "<p>News</p>");

        ThreadItem fresh = discussions.threadsOf(reader, theme, new PageRequest(1, 25)).items().get(0);
        assertTrue(fresh.isNew());
        assertEquals(1, unreadThreadsIn(reader, theme));
        assertFalse(discussions.threadsOf(writer, theme, new PageRequest(1, 25)).items().get(0).hasUnread(),
                "your own new thread is not news to you");

        discussions.markRead(reader, threadId, 1);
        assertFalse(discussions.threadsOf(reader, theme, new PageRequest(1, 25)).items().get(0).hasUnread());
        assertEquals(0, unreadThreadsIn(reader, theme));

        discussions.reply(writer, threadId, "<p>Update one</p>");
        discussions.reply(writer, threadId, "<p>Update two</p>");
        ThreadItem updated = discussions.threadsOf(reader, theme, new PageRequest(1, 25)).items().get(0);
        assertEquals(2, updated.unreadPosts());
        assertTrue(updated.url().endsWith("#post-2"), updated.url());
        discussions.markRead(reader, threadId, 1); // reading an older page never moves the mark back
        assertEquals(2, discussions.threadsOf(reader, theme, new PageRequest(1, 25)).items().get(0).unreadPosts());

        discussions.markThemeRead(reader, theme);
        assertEquals(0, discussions.threadsOf(reader, theme, new PageRequest(1, 25)).items().get(0).unreadPosts());
        assertEquals(0, unreadThreadsIn(reader, theme));
    }

    @Test
    void themePagesListThreadsPinnedFirstThenByActivityWithoutGapsOrRepeats() {
        String theme = newTheme();
        Viewer author = viewer(register("Busy Author", unique("busy@example.org")));
        List<Long> started = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            started.add(discussions.startThread(author, theme, "Thread number " + i, "<p>Body " + i + "</p>"));
        }
        sleepPastTheClock();
        discussions.reply(author, started.get(3), "<p>Bumps thread 3 to the top</p>");

        Page<ThreadItem> first = discussions.threadsOf(Viewer.anonymous(), theme, new PageRequest(1, 25));
        Page<ThreadItem> second = discussions.threadsOf(Viewer.anonymous(), theme, new PageRequest(2, 25));

        assertEquals(30, first.total());
        assertEquals(25, first.items().size());
        assertEquals(5, second.items().size());
        List<Long> shown = java.util.stream.Stream.concat(first.items().stream(), second.items().stream())
                .map(ThreadItem::id).toList();
        assertEquals(30, new java.util.HashSet<>(shown).size(), "no thread twice");
        assertEquals(started.get(3), shown.get(0), "the most recently active first");
        assertEquals(started.get(0), shown.get(29), "the oldest, untouched thread last");
    }

    @Test
    void theThreadPageMovesTheReadMarkForwardOnlyAndSaysWhetherADraftWaits() {
        String theme = newTheme();
        Viewer author = viewer(register("Page Author", unique("page-author@example.org")));
        Viewer reader = viewer(register("Page Reader", unique("page-reader@example.org")));
        long threadId = discussions.startThread(author, theme, "A thread read in pages", "<p>Opening</p>");
        for (int i = 0; i < 24; i++) {
            discussions.reply(author, threadId, "<p>Reply " + i + "</p>");
        }

        ThreadPageView last = discussions.threadPage(reader, threadId, new PageRequest(2, 20));
        assertEquals(List.of(21, 22, 23, 24, 25), last.posts().items().stream().map(PostView::position).toList());
        assertFalse(last.hasDraft());
        discussions.threadPage(reader, threadId, new PageRequest(1, 20)); // an earlier page does not move it back
        assertEquals(0, discussions.threadsOf(reader, theme, new PageRequest(1, 25)).items().get(0).unreadPosts());

        drafts.saveReplyDraft(reader, threadId, "<p>Thinking about it</p>");
        assertTrue(discussions.threadPage(reader, threadId, new PageRequest(1, 20)).hasDraft());
        assertFalse(discussions.threadPage(Viewer.anonymous(), threadId, new PageRequest(1, 20)).hasDraft());
    }

    @Test
    void publicContentVersionMovesWhenAWriteCommitsAndNotWhenItFails() {
        String theme = newTheme();
        Viewer author = viewer(register("Versioned Author", unique("versioned@example.org")));
        long threadId = discussions.startThread(author, theme, "Cached pages must notice this", "<p>First</p>");
        long before = contentVersion.current();

        discussions.reply(author, threadId, "<p>A new reply</p>");
        long afterReply = contentVersion.current();
        assertTrue(afterReply > before, "a committed reply invalidates visitors' cached pages");

        assertThrows(InvalidInput.class, () -> discussions.reply(author, threadId, "<p>   </p>"));
        assertEquals(afterReply, contentVersion.current(), "a rejected reply changes nothing");
    }

    @Test
    void mentionSuggestionsOfferMembersByAnyPartOfTheirHandleAndNothingToVisitors() {
        long id = register("Ottilie Quarrington", unique("ottilie@example.org"));
        String handle = accounts.profile(id).handle();
        Viewer writer = viewer(register("Mention Writer", unique("mention-writer@example.org")));

        assertTrue(accounts.suggestMentions(writer, "quarring").stream().anyMatch(s -> s.handle().equals(handle)),
                "a later part of the handle");
        assertTrue(accounts.suggestMentions(writer, "OTTILIE").stream()
                .anyMatch(s -> s.handle().equals(handle) && s.displayName().equals("Ottilie Quarrington")));
        assertTrue(accounts.suggestMentions(writer, "o").size() <= 8, "a short list");
        assertEquals(List.of(), accounts.suggestMentions(Viewer.anonymous(), "ottilie"), "visitors cannot write");
        assertEquals(List.of(), accounts.suggestMentions(writer, "%"), "not a handle");
        assertEquals(List.of(), accounts.suggestMentions(writer, null));
    }

    @Test
    void aReplyDraftIsKeptSanitisedRestoredAndDiscardedOncePosted() {
        String theme = newTheme();
        Viewer author = viewer(register("Draft Author", unique("draft@example.org")));
        long threadId = discussions.startThread(author, theme, "A thread to draft in", "<p>Hello</p>");
        String place = DraftService.replyPlace(threadId);

        drafts.saveReplyDraft(author, threadId, "<p>Half a thought<script>alert(1)</script></p>");
        drafts.saveReplyDraft(author, threadId, "<p>Half a thought, now longer<img src=x onerror=alert(1)></p>");

        DraftText draft = drafts.draft(author, place).orElseThrow();
        assertEquals("Half a thought, now longer", draft.body().text());
        assertFalse(draft.body().html().contains("onerror"), draft.body().html());
        assertTrue(drafts.draft(viewer(register("Other Person", unique("other@example.org"))), place).isEmpty());

        discussions.reply(author, threadId, draft.body().html());
        drafts.discard(author, place);
        assertTrue(drafts.draft(author, place).isEmpty());

        drafts.saveReplyDraft(author, threadId, "<p>again</p>");
        drafts.saveReplyDraft(author, threadId, "<p><br></p>");
        assertTrue(drafts.draft(author, place).isEmpty(), "clearing the editor drops the draft");
    }

    @Test
    void aMentionLinksTheProfileAndNotifiesTheMemberOnce() {
        String theme = newTheme();
        long mentionedId = register("Mentioned Person", unique("mentioned@example.org"));
        Viewer mentioned = viewer(mentionedId);
        Viewer author = viewer(register("Mentioning Author", unique("mentioning@example.org")));
        String handle = accounts.profile(mentionedId).handle();

        long threadId = discussions.startThread(author, theme, "Calling in an expert",
                "<p>What do you think, @" + handle + "? And @nobody-by-this-name?</p>");

        String html = firstPost(author, threadId).body().html();
        assertTrue(html.matches("(?s).*href=\"/members/profile\\?id(=|&#61;)" + mentionedId + "\".*"), html);
        assertFalse(html.contains("nobody-by-this-name\""), html);
        assertEquals(1, notifications.unreadCount(mentioned));
        NotificationView n = notifications.page(mentioned, new PageRequest(1, 20)).items().get(0);
        assertEquals("Mentioning Author mentioned you in", n.text());
        assertEquals("Calling in an expert", n.threadTitle());

        long postId = firstPost(author, threadId).id();
        EditablePost e = posts.postForEdit(author, postId);
        posts.editPost(author, postId, e.version(), "<p>Still asking you, @" + handle + ", thanks.</p>");
        assertEquals(1, notifications.unreadCount(mentioned), "an edit does not mention them twice");
    }

    @Test
    void deletingAPostTakesItsNotificationsAwaySoTheBellAndTheListAgree() {
        String theme = newTheme();
        long mentionedId = register("Soon Unmentioned", unique("unmentioned@example.org"));
        Viewer mentioned = viewer(mentionedId);
        Viewer author = viewer(register("Regretful Author", unique("regretful@example.org")));
        long threadId = discussions.startThread(author, theme, "A thread that stays", "<p>Opening</p>");
        discussions.reply(author, threadId, "<p>Sorry to bother you, @" + accounts.profile(mentionedId).handle()
                + "</p>");
        assertEquals(1, notifications.unreadCount(mentioned));

        posts.deletePost(author, discussions.posts(author, threadId, new PageRequest(1, 20)).items().get(1).id());

        assertEquals(0, notifications.unreadCount(mentioned));
        Page<NotificationView> list = notifications.page(mentioned, new PageRequest(1, 20));
        assertEquals(0, list.total());
        assertTrue(list.items().isEmpty());
    }

    @Test
    void watchersHearOfRepliesAndNewThreadsButNotOfTheirOwnPosts() {
        String theme = newTheme();
        Viewer starter = viewer(register("Thread Starter", unique("starter@example.org")));
        Viewer follower = viewer(register("Theme Follower", unique("follower@example.org")));
        discussions.watchTheme(follower, theme, true);

        long threadId = discussions.startThread(starter, theme, "News for followers", "<p>Hi</p>");
        assertEquals(1, notifications.unreadCount(follower));
        assertEquals("Thread Starter started a new thread:",
                notifications.page(follower, new PageRequest(1, 20)).items().get(0).text());
        assertEquals(0, notifications.unreadCount(starter));

        discussions.watchThread(follower, threadId, true);
        discussions.reply(starter, threadId, "<p>More news</p>");
        assertEquals(2, notifications.unreadCount(follower));
        discussions.reply(follower, threadId, "<p>Thanks</p>");
        assertEquals(1, notifications.unreadCount(starter), "the starter watches their own thread");

        discussions.watchThread(follower, threadId, false);
        discussions.reply(starter, threadId, "<p>Even more</p>");
        assertEquals(2, notifications.unreadCount(follower));
        notifications.markAllRead(follower);
        assertEquals(0, notifications.unreadCount(follower));
    }

    @Test
    void aReplyToYourPostNotifiesYouOnceAndLikesAreBatched() {
        String theme = newTheme();
        Viewer author = viewer(register("Batch Author", unique("batch@example.org")));
        long threadId = discussions.startThread(author, theme, "Batch me", "<p>Original</p>");
        long postId = firstPost(author, threadId).id();
        Viewer replier = viewer(register("Direct Replier", unique("direct@example.org")));
        discussions.reply(replier, threadId, "<p>To you</p>", postId);

        List<NotificationView> mine = notifications.page(author, new PageRequest(1, 20)).items();
        assertEquals(1, mine.size(), "one notification per post although the author also watches the thread");
        assertEquals("Direct Replier replied to your post in", mine.get(0).text());

        notifications.markAllRead(author);
        posts.like(replier, postId);
        posts.like(viewer(register("Second Liker", unique("liker2@example.org"))), postId);
        posts.like(viewer(register("Third Liker", unique("liker3@example.org"))), postId);
        assertEquals(1, notifications.unreadCount(author));
        assertEquals("Third Liker and 2 others liked your post in",
                notifications.page(author, new PageRequest(1, 20)).items().get(0).text());
    }

    @Test
    void attachmentsAreAcceptedByTheirBytesAndServedOnlyWhileThePostIsVisible() throws Exception {
        String theme = newTheme();
        Viewer author = viewer(register("Attaching Author", unique("attach@example.org")));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
        byte[] pdf = "%PDF-1.7\n%fake but well-typed\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        long threadId = discussions.startThread(author, theme, "Files for the panel", "<p>See attached</p>",
                List.of(new Upload("diagram.png", png), new Upload("../../etc/report", pdf)));

        List<AttachmentView> shown = firstPost(Viewer.anonymous(), threadId).attachments();
        assertEquals(List.of("diagram.png", "report.pdf"), shown.stream().map(AttachmentView::fileName).toList());
        assertTrue(shown.get(0).image());
        AttachmentFile file = attachments.open(Viewer.anonymous(), shown.get(1).id());
        assertEquals("application/pdf", file.contentType());
        assertEquals(pdf.length, java.nio.file.Files.size(file.path()));

        InvalidInput lying = assertThrows(InvalidInput.class, () -> discussions.reply(author, threadId,
                "<p>a picture</p>", null, List.of(new Upload("photo.png", "<script>alert(1)</script>".getBytes()))));
        assertTrue(lying.messages().get("files").contains("photo.png is not a PNG"), lying.messages().toString());
        InvalidInput huge = assertThrows(InvalidInput.class, () -> discussions.reply(author, threadId,
                "<p>big</p>", null, List.of(new Upload("big.png", java.util.Arrays.copyOf(png, 5 * 1024 * 1024 + 1)))));
        assertTrue(huge.messages().get("files").contains("too large"), huge.messages().toString());

        discussions.reply(viewer(register("Late Replier", unique("late@example.org"))), threadId, "<p>ok</p>");
        long replyWithFile = discussions.reply(author, threadId, "<p>one more</p>", null,
                List.of(new Upload("extra.gif", "GIF89a....".getBytes()))).postId();
        long fileId = discussions.posts(author, threadId, new PageRequest(1, 20)).items().get(2).attachments()
                .get(0).id();
        posts.deletePost(author, replyWithFile);
        assertThrows(NotFound.class, () -> attachments.open(Viewer.anonymous(), fileId));
    }

    private long unreadThreadsIn(Viewer viewer, String theme) {
        return discussions.themes(viewer).stream().filter(t -> t.slug().equals(theme)).findFirst().orElseThrow()
                .unreadThreads();
    }

    @Test
    void twoUseCasesCaughtInADeadlockBothFinishBecauseTheRolledBackOneRunsAgain() throws Exception {
        long one = register("Lock One", unique("lock1@example.org"));
        long two = register("Lock Two", unique("lock2@example.org"));
        CountDownLatch oneLocked = new CountDownLatch(1);
        CountDownLatch twoLocked = new CountDownLatch(1);
        int before = deadlocks.attempts();

        Future<?> first = executor.submit(() -> deadlocks.lockBoth(one, two, oneLocked, twoLocked));
        Future<?> second = executor.submit(() -> deadlocks.lockBoth(two, one, twoLocked, oneLocked));
        first.get(60, TimeUnit.SECONDS);
        second.get(60, TimeUnit.SECONDS);

        assertEquals(3, deadlocks.attempts() - before, "Derby rolled one back and it ran once more");
        assertEquals("1", deadlocks.deadlockTimeout(), "Derby looks for deadlocks after 1 s, not its default 20 s");
    }

    private PostView firstPost(Viewer viewer, long threadId) {
        return discussions.posts(viewer, threadId, new PageRequest(1, 20)).items().get(0);
    }

    /** A member whose address counts as confirmed (as for every account made while email is off). */
    private long register(String name, String email) {
        long[] id = new long[1];
        org.clusterforum.platform.security.TrustedWrites.run(() -> id[0] = accounts.register(new Registration(name,
                email, PASSWORD, null, "Test Org " + name, OrganisationKind.COMPANY)));
        return id[0];
    }

    private String newTheme() {
        long adminId = register("Theme Admin", unique("admin@example.org"));
        accounts.grantRole(adminId, Role.ADMIN);
        String slug = "theme-" + UUID.randomUUID().toString().substring(0, 8);
        discussions.createTheme(Viewer.member(adminId, "Theme Admin", Role.ADMIN), "Theme " + slug, slug,
                "A theme for a test", 99);
        return slug;
    }

    private Viewer viewer(long memberId) {
        return accounts.viewerOf(memberId).orElseThrow();
    }

    /** Timestamps have millisecond precision: make sure the next write is later than the last. */
    private static void sleepPastTheClock() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String unique(String email) {
        return UUID.randomUUID().toString().substring(0, 8) + "-" + email;
    }
}
