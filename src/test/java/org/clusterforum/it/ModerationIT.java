package org.clusterforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.clusterforum.account.model.OrganisationKind;
import org.clusterforum.account.service.AccountService;
import org.clusterforum.account.service.MyNotices;
import org.clusterforum.account.service.Registration;
import org.clusterforum.account.service.SanctionService;
import org.clusterforum.account.service.SignInOutcome;
import org.clusterforum.challenge.model.ChallengeStatus;
import org.clusterforum.challenge.model.CloseReason;
import org.clusterforum.challenge.service.AskForm;
import org.clusterforum.challenge.service.ChallengePageView;
import org.clusterforum.challenge.service.ChallengeService;
import org.clusterforum.discussion.service.DiscussionService;
import org.clusterforum.discussion.service.PostService;
import org.clusterforum.discussion.service.PostView;
import org.clusterforum.discussion.service.ThemeSummary;
import org.clusterforum.discussion.service.ThreadItem;
import org.clusterforum.discussion.service.ThreadModeration;
import org.clusterforum.discussion.service.ThreadMerged;
import org.clusterforum.group.model.GroupVisibility;
import org.clusterforum.moderation.model.ReportReason;
import org.clusterforum.moderation.model.ReviewTarget;
import org.clusterforum.moderation.service.ReportOutcome;
import org.clusterforum.moderation.service.ReviewEntry;
import org.clusterforum.moderation.service.ReviewService;
import org.clusterforum.group.service.GroupForm;
import org.clusterforum.group.service.GroupService;
import org.clusterforum.notification.service.NotificationService;
import org.clusterforum.platform.audit.AuditAction;
import org.clusterforum.platform.config.SiteSettings;
import org.clusterforum.platform.audit.AuditEntryView;
import org.clusterforum.platform.audit.AuditTrail;
import org.clusterforum.platform.persistence.PageRequest;
import org.clusterforum.platform.security.Permission;
import org.clusterforum.platform.security.Role;
import org.clusterforum.platform.security.Viewer;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.InvalidInput;
import org.clusterforum.platform.validation.NotFound;
import org.clusterforum.platform.watchwords.WatchedAction;
import org.clusterforum.platform.watchwords.WatchedWords;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Thread tools and the audit log, through the services inside Payara Micro with Derby: each tool works for a
 * moderator and is refused to a member; a deleted thread leaves lists and counts and is 404 to members; bad input
 * gets a clear message and changes nothing; every action is in the audit log.
 */
@ExtendWith(ArquillianExtension.class)
class ModerationIT {

    private static final String PASSWORD = "Severn estuary kites 42";

    @Deployment
    static WebArchive deployment() {
        return Deployments.forum(ModerationIT.class, TestTransactions.class);
    }

    @Inject
    AccountService accounts;

    @Inject
    DiscussionService discussions;

    @Inject
    PostService posts;

    @Inject
    ThreadModeration moderation;

    @Inject
    AuditTrail audit;

    @Inject
    GroupService groups;

    @Inject
    SanctionService sanctions;

    @Inject
    ReviewService reviews;

    @Inject
    ChallengeService challenges;

    @Inject
    SiteSettings settings;

    @Inject
    NotificationService notifications;

    @Inject
    WatchedWords watchedWords;

    @Inject
    org.clusterforum.challenge.service.TagService tagService;

    @Inject
    org.clusterforum.discussion.service.ThemeAdministration themeAdministration;

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    TestTransactions transactions;

    @Test
    void aModeratorPinsLocksAndUnlocksAndEachActionIsLogged() {
        Viewer moderator = staff(Role.MODERATOR);
        Viewer author = member("Pin author");
        String theme = theme();
        long older = discussions.startThread(author, theme, "An older thread to pin", "<p>Read me first.</p>");
        discussions.startThread(author, theme, "A newer thread", "<p>Newer.</p>");

        moderation.pinThread(moderator, older, null, "House rules");
        moderation.pinThread(moderator, older, null, "House rules"); // a double click pins once
        assertEquals(older, threadsOf(author, theme).getFirst().id(), "a pinned thread is listed first");
        assertTrue(discussions.thread(author, older).pinned());

        moderation.lockThread(moderator, older, "Settled; see the guidance");
        assertTrue(discussions.thread(author, older).locked());
        assertEquals("Settled; see the guidance", discussions.thread(author, older).lockReason());
        assertFalse(discussions.thread(author, older).viewerMayReply(), "members cannot reply to a locked thread");
        assertThrows(Forbidden.class, () -> discussions.reply(author, older, "<p>One more thing.</p>"));
        discussions.reply(moderator, older, "<p>A moderator's note still goes in.</p>");

        moderation.unlockThread(moderator, older, null);
        discussions.reply(author, older, "<p>Thanks, unlocked.</p>");
        moderation.unpinThread(moderator, older, null);
        assertFalse(discussions.thread(author, older).pinned());

        List<AuditAction> logged = audit.about(moderator, "thread", older, 10).stream().map(AuditEntryView::action)
                .toList();
        assertEquals(List.of(AuditAction.UNPIN_THREAD, AuditAction.UNLOCK_THREAD, AuditAction.LOCK_THREAD,
                AuditAction.PIN_THREAD), logged, "every action once, newest first");
        assertEquals("Settled; see the guidance", audit.about(moderator, "thread", older, 10).get(2).reason());
    }

    @Test
    void everyThreadToolIsRefusedToAMember() {
        Viewer author = member("Tool author");
        Viewer other = member("Curious member");
        String theme = theme();
        long thread = discussions.startThread(author, theme, "A thread members cannot moderate", "<p>Hi.</p>");
        long reply = discussions.reply(other, thread, "<p>Reply.</p>").postId();

        for (Viewer who : List.of(author, other)) {
            assertThrows(Forbidden.class, () -> moderation.pinThread(who, thread, null, null));
            assertThrows(Forbidden.class, () -> moderation.lockThread(who, thread, null));
            assertThrows(Forbidden.class, () -> moderation.moveThread(who, thread, theme(), null));
            assertThrows(Forbidden.class, () -> moderation.deleteThread(who, thread, "Because"));
            assertThrows(Forbidden.class, () -> moderation.hidePost(who, reply, "Because"));
            assertThrows(Forbidden.class, () -> moderation.restorePost(who, reply, null));
            assertThrows(Forbidden.class, () -> audit.log(who, null, "", new PageRequest(1, 10)));
        }
        assertThrows(Forbidden.class, () -> moderation.lockThread(Viewer.anonymous(), thread, null));
        assertFalse(discussions.thread(author, thread).locked());
    }

    @Test
    void aDeletedThreadLeavesListsAndCountsIsNotFoundForMembersAndComesBackWhenRestored() {
        Viewer moderator = staff(Role.MODERATOR);
        Viewer author = member("Deleted author");
        Viewer replier = member("Deleted replier");
        String theme = theme();
        discussions.startThread(author, theme, "A thread that stays", "<p>Stays.</p>");
        long doomed = discussions.startThread(author, theme, "Buy cheap watches here", "<p>Spam.</p>");
        long reply = discussions.reply(replier, doomed, "<p>Reported.</p>").postId();
        ThemeSummary before = summary(theme);
        int authorPosts = accounts.profile(author.memberId()).postCount();
        int replierPosts = accounts.profile(replier.memberId()).postCount();

        InvalidInput noReason = assertThrows(InvalidInput.class, () -> moderation.deleteThread(moderator, doomed, " "));
        assertTrue(noReason.messages().get("reason").contains("reason"));
        moderation.deleteThread(moderator, doomed, "Spam");

        assertThrows(NotFound.class, () -> discussions.thread(author, doomed), "the author gets 404");
        assertThrows(NotFound.class, () -> discussions.thread(Viewer.anonymous(), doomed));
        assertThrows(NotFound.class, () -> posts.locate(replier, reply), "its posts' own URLs are 404 too");
        assertTrue(discussions.thread(moderator, doomed).deleted(), "moderators still open it, marked");
        assertTrue(moderation.deletedThreads(moderator, new PageRequest(1, 50)).items().stream()
                .anyMatch(t -> t.id() == doomed && t.reason().equals("Spam")), "moderators list deleted threads");
        assertThrows(Forbidden.class, () -> moderation.deletedThreads(author, new PageRequest(1, 50)));
        assertEquals("Spam", discussions.thread(moderator, doomed).deleteReason());
        assertTrue(threadsOf(author, theme).stream().noneMatch(t -> t.id() == doomed), "gone from the theme list");
        ThemeSummary after = summary(theme);
        assertEquals(before.threadCount() - 1, after.threadCount());
        assertEquals(before.postCount() - 2, after.postCount());
        assertEquals("A thread that stays", after.lastThreadTitle(), "the theme's latest is another thread");
        assertEquals(authorPosts - 1, accounts.profile(author.memberId()).postCount());
        assertEquals(replierPosts - 1, accounts.profile(replier.memberId()).postCount());
        assertThrows(Forbidden.class, () -> discussions.reply(moderator, doomed, "<p>Late.</p>"));

        moderation.restoreThread(moderator, doomed, "Not spam after all");
        assertEquals(before.threadCount(), summary(theme).threadCount());
        assertEquals(before.postCount(), summary(theme).postCount());
        assertEquals(authorPosts, accounts.profile(author.memberId()).postCount());
        assertFalse(discussions.thread(author, doomed).deleted());
        assertEquals(List.of(AuditAction.RESTORE_THREAD, AuditAction.DELETE_THREAD),
                audit.about(moderator, "thread", doomed, 10).stream().map(AuditEntryView::action).toList());
    }

    @Test
    void movingAThreadTakesItsCountsAlongAndBadTargetsGetAClearMessage() {
        Viewer moderator = staff(Role.MODERATOR);
        Viewer author = member("Mover");
        String from = theme();
        String to = theme();
        long thread = discussions.startThread(author, from, "A thread in the wrong theme", "<p>Oops.</p>");
        discussions.reply(author, thread, "<p>Still wrong.</p>");
        ThemeSummary fromBefore = summary(from);
        ThemeSummary toBefore = summary(to);

        InvalidInput missing = assertThrows(InvalidInput.class,
                () -> moderation.moveThread(moderator, thread, "no-such-theme-" + uuid(), null));
        assertTrue(missing.messages().get("target").contains("no-such-theme"));
        InvalidInput same = assertThrows(InvalidInput.class, () -> moderation.moveThread(moderator, thread, from, null));
        assertTrue(same.messages().get("target").contains("already"));
        assertThrows(InvalidInput.class, () -> moderation.moveThread(moderator, thread, "", null));
        assertEquals(from, discussions.thread(author, thread).themeSlug(), "nothing moved");

        moderation.moveThread(moderator, thread, to, "Belongs with evidence");
        assertEquals(to, discussions.thread(author, thread).themeSlug());
        assertEquals(fromBefore.threadCount() - 1, summary(from).threadCount());
        assertEquals(fromBefore.postCount() - 2, summary(from).postCount());
        assertEquals(toBefore.threadCount() + 1, summary(to).threadCount());
        assertEquals(toBefore.postCount() + 2, summary(to).postCount());
        assertEquals(thread, summary(to).lastThreadId());
        assertTrue(threadsOf(author, to).stream().anyMatch(t -> t.id() == thread));
        AuditEntryView entry = audit.about(moderator, "thread", thread, 1).getFirst();
        assertEquals(AuditAction.MOVE_THREAD, entry.action());
        assertTrue(entry.reason().startsWith("From "), entry.reason());
    }

    @Test
    void aModeratorMovesAThreadIntoAPrivateGroupTheyDoNotBelongTo() {
        Viewer moderator = staff(Role.MODERATOR);
        Viewer owner = member("Room owner");
        Viewer author = member("Misplaced author");
        String slug = groups.createGroup(owner, new GroupForm("Consortium room " + uuid(), "", GroupVisibility.PRIVATE));
        long thread = discussions.startThread(author, theme(), "Our bid's internal budget", "<p>Numbers.</p>");

        assertTrue(moderation.moveTargets(moderator, thread).stream().anyMatch(p -> p.slug().equals(slug)),
                "every group is offered to a moderator, as for challenges");
        moderation.moveThread(moderator, thread, slug, "Belongs to the consortium");

        assertThrows(NotFound.class, () -> discussions.thread(author, thread), "now for the group's members only");
        assertEquals(slug, discussions.thread(owner, thread).themeSlug());
    }

    @Test
    void aPinUntilADayInThePastIsRefusedAndAnExpiredPinEnds() throws Exception {
        Viewer moderator = staff(Role.MODERATOR);
        Viewer author = member("Pin until author");
        String theme = theme();
        long thread = discussions.startThread(author, theme, "Pinned for the event week", "<p>Event.</p>");
        LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/London")).minusDays(1);

        InvalidInput past = assertThrows(InvalidInput.class, () -> moderation.pinThread(moderator, thread, yesterday, null));
        assertTrue(past.messages().get("pinUntil").contains("past"));
        assertFalse(discussions.thread(author, thread).pinned());

        moderation.pinThread(moderator, thread, yesterday.plusDays(8), null);
        assertTrue(discussions.thread(author, thread).pinnedUntil().isAfter(Instant.now()));
        transactions.update("UPDATE FORUM_THREAD SET PINNED_UNTIL = ? WHERE ID = ?",
                Timestamp.from(Instant.now().minusSeconds(60)), thread);
        assertTrue(moderation.endExpiredPins() >= 1);
        assertFalse(discussions.thread(author, thread).pinned(), "the pin ended by itself");
        assertNull(discussions.thread(author, thread).pinnedUntil());
    }

    @Test
    void aHiddenPostShowsItsReasonToItsAuthorAndModeratorsAndCanBeRestored() {
        Viewer moderator = staff(Role.MODERATOR);
        Viewer author = member("Hidden post author");
        Viewer reader = member("Hidden post reader");
        String theme = theme();
        long thread = discussions.startThread(reader, theme, "A thread with an advert in it", "<p>Question.</p>");
        long advert = discussions.reply(author, thread, "<p>Buy our product!</p>").postId();
        int authorPosts = accounts.profile(author.memberId()).postCount();

        assertThrows(InvalidInput.class, () -> moderation.hidePost(moderator, advert, ""));
        moderation.hidePost(moderator, advert, "Advertising");

        assertEquals("Advertising", post(author, thread, 2).deleteReason(), "the author sees why");
        assertNull(post(reader, thread, 2).deleteReason(), "other members do not");
        assertFalse(post(reader, thread, 2).showBody());
        assertTrue(post(moderator, thread, 2).viewerMayRestore());
        assertEquals(authorPosts - 1, accounts.profile(author.memberId()).postCount());
        assertEquals(0, discussions.thread(reader, thread).replyCount());

        moderation.restorePost(moderator, advert, null);
        assertTrue(post(reader, thread, 2).showBody());
        assertEquals(1, discussions.thread(reader, thread).replyCount());
        assertEquals(authorPosts, accounts.profile(author.memberId()).postCount());
        assertEquals(List.of(AuditAction.RESTORE_POST, AuditAction.HIDE_POST),
                audit.about(moderator, "post", advert, 10).stream().map(AuditEntryView::action).toList());
    }

    @Test
    void aGroupOwnerModeratesTheirGroupOnlyAndStaffReadingAPrivateGroupIsLoggedOnceAnHour() {
        Viewer owner = member("Group owner moderating");
        Viewer moderator = staff(Role.MODERATOR);
        String slug = groups.createGroup(owner, new GroupForm("Owners' room " + uuid(), "", GroupVisibility.PRIVATE));
        long inGroup = discussions.startThread(owner, slug, "Agenda for the next call", "<p>Agenda.</p>");
        long inTheme = discussions.startThread(member("Someone else"), theme(), "Not the owner's business",
                "<p>Public.</p>");

        moderation.lockThread(owner, inGroup, "Agreed");
        assertTrue(discussions.thread(owner, inGroup).locked());
        assertThrows(Forbidden.class, () -> moderation.lockThread(owner, inTheme, null));

        long before = audit.log(moderator, AuditAction.VIEW_PRIVATE, "", new PageRequest(1, 100)).total();
        discussions.thread(moderator, inGroup);
        discussions.thread(moderator, inGroup);
        assertEquals(before + 1, audit.log(moderator, AuditAction.VIEW_PRIVATE, "", new PageRequest(1, 100)).total(),
                "the moderator's reading is logged, once");
        assertTrue(audit.log(moderator, AuditAction.VIEW_PRIVATE, moderator.displayName(), new PageRequest(1, 10))
                .items().getFirst().targetLabel().startsWith("Owners' room"));
    }

    @Test
    void theLogIsSearchedByTextAndAction() {
        Viewer moderator = staff(Role.MODERATOR);
        String word = "zebra" + uuid();
        long thread = discussions.startThread(member("Log author"), theme(), "Thread about " + word, "<p>Hi.</p>");
        moderation.lockThread(moderator, thread, "Checking the log");
        moderation.pinThread(moderator, thread, null, null);

        assertEquals(2, audit.log(moderator, null, word, new PageRequest(1, 10)).total());
        assertEquals(1, audit.log(moderator, AuditAction.LOCK_THREAD, word.toUpperCase(), new PageRequest(1, 10))
                .total(), "search ignores case");
        assertEquals(0, audit.log(moderator, AuditAction.MOVE_THREAD, word, new PageRequest(1, 10)).total());
        assertEquals(0, audit.log(moderator, null, "100%_" + word, new PageRequest(1, 10)).total(),
                "wildcards are searched for literally");
    }


    // ---------------------------------------------------------------- sanctions

    @Test
    void aSuspendedMemberIsStoppedAtOnceTheSignInPageSaysWhyAndLiftingLetsThemBackIn() {
        Viewer moderator = staff(Role.MODERATOR);
        Viewer member = member("Suspended member");
        String address = emailOf(member);
        LocalDate until = LocalDate.now(ZoneId.of("Europe/London")).plusDays(7);

        sanctions.suspendMember(moderator, member.memberId(), until, "Repeated abuse");

        assertTrue(accounts.viewerOf(member.memberId()).isEmpty(), "an open session is a visitor's from the next request");
        SignInOutcome outcome = accounts.authenticate(address, PASSWORD, "192.0.2.10");
        SignInOutcome.Suspended suspended = assertInstanceOf(SignInOutcome.Suspended.class, outcome);
        assertEquals("Repeated abuse", suspended.reason());
        assertTrue(suspended.until().isAfter(Instant.now().plus(java.time.Duration.ofDays(6))));
        assertTrue(sanctions.standing(moderator, member.memberId()).suspended());

        sanctions.liftSanctions(moderator, member.memberId(), "Apology accepted");
        assertTrue(accounts.viewerOf(member.memberId()).isPresent());
        assertInstanceOf(SignInOutcome.Success.class, accounts.authenticate(address, PASSWORD, "192.0.2.10"));
        assertEquals(List.of(AuditAction.LIFT_SANCTION, AuditAction.SUSPEND_MEMBER),
                audit.about(moderator, "member", member.memberId(), 10).stream().map(AuditEntryView::action).toList());
    }

    @Test
    void aSuspensionUntilLiftedLastsAndADatedOneEndsByItself() throws Exception {
        Viewer moderator = staff(Role.MODERATOR);
        Viewer forever = member("Suspended until lifted");
        Viewer dated = member("Suspended for a day");

        sanctions.suspendMember(moderator, forever.memberId(), null, "Spam account");
        sanctions.suspendMember(moderator, dated.memberId(), LocalDate.now(ZoneId.of("Europe/London")), "Cool off");
        assertTrue(accounts.viewerOf(forever.memberId()).isEmpty());
        assertTrue(accounts.viewerOf(dated.memberId()).isEmpty());

        transactions.update("UPDATE FORUM_MEMBER SET SUSPENDED_UNTIL = ? WHERE ID = ?",
                Timestamp.from(Instant.now().minusSeconds(5)), dated.memberId());
        assertTrue(accounts.viewerOf(dated.memberId()).isPresent(), "the suspension is over");
        assertTrue(accounts.viewerOf(forever.memberId()).isEmpty());
    }

    @Test
    void aSilencedMemberReadsButCannotPostUntilLifted() {
        Viewer moderator = staff(Role.MODERATOR);
        Viewer member = member("Silenced member");
        String theme = theme();
        long thread = discussions.startThread(member("Thread starter"), theme, "A thread to read while silenced",
                "<p>Read.</p>");

        sanctions.silenceMember(moderator, member.memberId(), LocalDate.now(ZoneId.of("Europe/London")).plusDays(2),
                "Cooling off");
        Viewer silenced = accounts.viewerOf(member.memberId()).orElseThrow();

        assertTrue(silenced.isSilenced());
        assertEquals("A thread to read while silenced", discussions.thread(silenced, thread).title(), "reading works");
        assertFalse(discussions.thread(silenced, thread).viewerMayReply());
        assertThrows(Forbidden.class, () -> discussions.reply(silenced, thread, "<p>Let me speak.</p>"));
        assertThrows(Forbidden.class, () -> discussions.startThread(silenced, theme, "A new thread while silenced",
                "<p>No.</p>"));
        MyNotices notices = sanctions.noticesFor(again(silenced));
        assertEquals("Cooling off", notices.silenceReason());

        sanctions.liftSanctions(moderator, member.memberId(), null);
        Viewer free = accounts.viewerOf(member.memberId()).orElseThrow();
        discussions.reply(free, thread, "<p>Thanks.</p>");
        assertTrue(sanctions.noticesFor(again(free)).isEmpty());
    }

    @Test
    void aWarningWaitsOnTheMembersPagesUntilTheyReadIt() {
        Viewer moderator = staff(Role.MODERATOR);
        Viewer member = member("Warned member");
        Viewer other = member("Someone else entirely");

        sanctions.warnMember(moderator, member.memberId(), "Please keep patients' data out of posts.");
        MyNotices notices = sanctions.noticesFor(again(member));
        assertEquals(1, notices.warnings().size());
        assertEquals("Please keep patients' data out of posts.", notices.warnings().getFirst().reason());
        assertEquals(moderator.displayName(), notices.warnings().getFirst().givenBy());
        long warning = notices.warnings().getFirst().id();

        assertThrows(NotFound.class, () -> sanctions.acknowledgeWarning(other, warning), "only its addressee reads it");
        sanctions.acknowledgeWarning(member, warning);
        sanctions.acknowledgeWarning(member, warning);
        assertTrue(sanctions.noticesFor(again(member)).isEmpty());
        assertFalse(again(member).noticesWaiting(), "acknowledged twice, counted once");
        assertTrue(sanctions.standing(moderator, member.memberId()).history().getFirst().acknowledgedAt() != null);
        assertEquals(AuditAction.WARN_MEMBER, audit.about(moderator, "member", member.memberId(), 1).getFirst().action());
    }

    @Test
    void badSanctionsGetAClearMessageAndChangeNothing() {
        Viewer moderator = staff(Role.MODERATOR);
        Viewer admin = staff(Role.ADMIN);
        Viewer member = member("Sanction target");
        LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/London")).minusDays(1);

        InvalidInput past = assertThrows(InvalidInput.class,
                () -> sanctions.suspendMember(moderator, member.memberId(), yesterday, "Too late"));
        assertTrue(past.messages().get("until").contains("past"));
        InvalidInput noDay = assertThrows(InvalidInput.class,
                () -> sanctions.silenceMember(moderator, member.memberId(), null, "No date"));
        assertTrue(noDay.messages().containsKey("until"));
        InvalidInput noReason = assertThrows(InvalidInput.class,
                () -> sanctions.warnMember(moderator, member.memberId(), "  "));
        assertTrue(noReason.messages().containsKey("reason"));
        assertTrue(accounts.viewerOf(member.memberId()).isPresent(), "not suspended");
        assertFalse(sanctions.standing(moderator, member.memberId()).restrained());
        assertTrue(sanctions.standing(moderator, member.memberId()).history().isEmpty());

        assertThrows(Forbidden.class, () -> sanctions.suspendMember(moderator, admin.memberId(), null, "Coup"));
        assertThrows(Forbidden.class, () -> sanctions.warnMember(moderator, moderator.memberId(), "Myself"));
        assertThrows(Forbidden.class, () -> sanctions.warnMember(member, moderator.memberId(), "Revenge"));
        assertThrows(Forbidden.class, () -> sanctions.standing(member, member.memberId()));
        assertThrows(NotFound.class, () -> sanctions.warnMember(moderator, Long.MAX_VALUE, "Nobody"));
        sanctions.warnMember(admin, moderator.memberId(), "Administrators may warn moderators.");
    }


    // ---------------------------------------------------------------- reports and the review queue

    @Test
    void reportsOnOnePostGatherIntoOneEntryAndItsReportersAreToldWhenItIsHidden() {
        Viewer moderator = staff(Role.MODERATOR);
        Viewer author = member("Advertiser");
        Viewer first = member("First reporter");
        Viewer second = member("Second reporter");
        long thread = discussions.startThread(first, theme(), "Where do we find clinical partners?", "<p>Ideas?</p>");
        long advert = discussions.reply(author, thread, "<p>Buy our lead list!</p>").postId();

        assertTrue(reviews.reportPost(first, advert, ReportReason.SPAM, "A paid list"));
        assertFalse(reviews.reportPost(first, advert, ReportReason.SPAM, null), "a second report by the same member");
        assertTrue(reviews.reportPost(second, advert, ReportReason.OFF_TOPIC, null));

        ReviewEntry entry = entryAbout(moderator, advert);
        assertEquals(2, entry.reports().size(), "gathered into one entry");
        assertEquals("Spam or advertising", entry.reports().getFirst().reason());
        assertEquals("A paid list", entry.reports().getFirst().detail());
        assertEquals(author.displayName(), entry.subjectName());

        InvalidInput noNote = assertThrows(InvalidInput.class, () -> reviews.hidePost(moderator, entry.id(), ""));
        assertTrue(noNote.messages().containsKey("note"));
        reviews.hidePost(moderator, entry.id(), "Advertising");

        assertFalse(post(first, thread, 2).showBody(), "the post is hidden");
        assertEquals("Advertising", post(author, thread, 2).deleteReason());
        assertTrue(reviews.queue(moderator, ReviewTarget.POST, null, new PageRequest(1, 100)).items().stream()
                .noneMatch(e -> e.id() == entry.id()), "the entry left the queue");
        for (Viewer reporter : List.of(first, second)) {
            List<ReportOutcome> told = reviews.handledReports(again(reporter));
            assertEquals(1, told.size());
            assertEquals("the post was hidden", told.getFirst().outcome());
        }
        assertTrue(again(first).noticesWaiting(), "the reporter's pages look for what to tell them");
        reviews.dismissOutcomes(first);
        assertTrue(reviews.handledReports(again(first)).isEmpty());
        assertFalse(again(first).noticesWaiting(), "then nothing waits, and pages ask nothing");
        InvalidInput again = assertThrows(InvalidInput.class, () -> reviews.dismiss(moderator, entry.id(), "Late"));
        assertTrue(again.getMessage().contains("already handled"));
        assertThrows(NotFound.class, () -> reviews.reportPost(second, advert, ReportReason.SPAM, null),
                "a hidden post cannot be reported again");
        assertEquals(AuditAction.HIDE_POST, audit.about(moderator, "post", advert, 1).getFirst().action());
    }

    @Test
    void aBadReportGetsAClearMessageAndAddsNothing() {
        Viewer author = member("Reported author");
        Viewer reporter = member("Careless reporter");
        Viewer owner = member("Private owner");
        long thread = discussions.startThread(author, theme(), "A perfectly fine thread", "<p>Fine.</p>");
        long opening = discussions.posts(author, thread, new PageRequest(1, 5)).items().getFirst().id();
        String slug = groups.createGroup(owner, new GroupForm("Reports room " + uuid(), "", GroupVisibility.PRIVATE));
        long secret = discussions.startThread(owner, slug, "A private matter", "<p>Secret.</p>");
        long secretPost = discussions.posts(owner, secret, new PageRequest(1, 5)).items().getFirst().id();

        InvalidInput noReason = assertThrows(InvalidInput.class, () -> reviews.reportPost(reporter, opening, null, ""));
        assertTrue(noReason.messages().containsKey("reason"));
        InvalidInput noDetail = assertThrows(InvalidInput.class,
                () -> reviews.reportPost(reporter, opening, ReportReason.OTHER, " "));
        assertTrue(noDetail.messages().containsKey("detail"));
        assertThrows(Forbidden.class, () -> reviews.reportPost(author, opening, ReportReason.SPAM, null));
        assertThrows(Forbidden.class, () -> reviews.reportPost(Viewer.anonymous(), opening, ReportReason.SPAM, null));
        assertThrows(NotFound.class, () -> reviews.reportPost(reporter, secretPost, ReportReason.SPAM, null),
                "an outsider cannot learn of a private post by reporting it");
        assertThrows(Forbidden.class, () -> reviews.reportMember(reporter, reporter.memberId(), ReportReason.SPAM, null));
        assertThrows(Forbidden.class, () -> reviews.queue(reporter, null, null, new PageRequest(1, 10)));
        assertTrue(reviews.queue(staff(Role.MODERATOR), ReviewTarget.POST, null, new PageRequest(1, 100)).items()
                .stream().noneMatch(e -> e.post().postId() == opening), "nothing was queued");
    }

    @Test
    void aGroupOwnerReviewsReportsOnTheirGroupOnlyAndModeratorsWarnFromTheQueue() {
        Viewer owner = member("Reviewing owner");
        Viewer insider = member("Group insider");
        Viewer moderator = staff(Role.MODERATOR);
        String slug = groups.createGroup(owner, new GroupForm("Review room " + uuid(), "", GroupVisibility.PUBLIC));
        groups.join(insider, slug);
        long thread = discussions.startThread(owner, slug, "Group agenda", "<p>Agenda.</p>");
        long rude = discussions.reply(insider, thread, "<p>Rude words.</p>").postId();
        long elsewhere = discussions.reply(member("Theme poster"), discussions.startThread(insider, theme(),
                "Elsewhere", "<p>Hi.</p>"), "<p>Meh.</p>").postId();
        Viewer reporter = member("Group reporter");
        reviews.reportPost(reporter, rude, ReportReason.ABUSIVE, null);
        reviews.reportPost(reporter, elsewhere, ReportReason.OFF_TOPIC, null);

        List<ReviewEntry> ownersQueue = reviews.queue(owner, null, null, new PageRequest(1, 100)).items();
        assertEquals(1, ownersQueue.size(), "only their group's report");
        ReviewEntry entry = ownersQueue.getFirst();
        assertEquals(rude, entry.post().postId());
        assertFalse(entry.maySanction(), "owners do not sanction members");
        assertThrows(Forbidden.class, () -> reviews.warnAuthor(owner, entry.id(), "Be kind"));
        long otherEntry = entryAbout(moderator, elsewhere).id();
        assertThrows(NotFound.class, () -> reviews.dismiss(owner, otherEntry, "Not mine"));

        reviews.warnAuthor(moderator, entry.id(), "Please be kind in the group.");
        assertEquals("Please be kind in the group.", sanctions.noticesFor(again(insider)).warnings().getFirst().reason());
        assertEquals("the author was warned", reviews.handledReports(again(reporter)).getFirst().outcome());

        reviews.reportMember(reporter, insider.memberId(), ReportReason.ABUSIVE, "Keeps at it");
        ReviewEntry aboutMember = reviews.queue(moderator, ReviewTarget.MEMBER, null, new PageRequest(1, 100)).items()
                .stream().filter(e -> e.memberId() == insider.memberId()).findFirst().orElseThrow();
        reviews.suspendAuthor(moderator, aboutMember.id(), "Repeated abuse",
                LocalDate.now(ZoneId.of("Europe/London")).plusDays(3));
        assertTrue(accounts.viewerOf(insider.memberId()).isEmpty(), "suspended at once");
        assertTrue(reviews.queue(owner, null, null, new PageRequest(1, 10)).items().isEmpty(),
                "handled entries leave the owner's queue too");
    }

    private ReviewEntry entryAbout(Viewer moderator, long postId) {
        return reviews.queue(moderator, ReviewTarget.POST, null, new PageRequest(1, 100)).items().stream()
                .filter(e -> e.post().postId() == postId).findFirst().orElseThrow();
    }



    @Test
    void slowModeMakesAMemberWaitBetweenPostsButNotAModerator() {
        Viewer moderator = staff(Role.MODERATOR);
        Viewer talker = member("Fast talker");
        long thread = discussions.startThread(member("Slow thread starter"), theme(), "A heated debate on tariffs",
                "<p>Go.</p>");

        InvalidInput odd = assertThrows(InvalidInput.class, () -> moderation.setSlowMode(moderator, thread, 42, null));
        assertTrue(odd.messages().containsKey("slowMode"));
        assertThrows(Forbidden.class, () -> moderation.setSlowMode(talker, thread, 300, null));
        moderation.setSlowMode(moderator, thread, 300, "Cooling down");
        assertEquals("5 minutes", discussions.thread(talker, thread).slowModeInterval());

        discussions.reply(talker, thread, "<p>My first point.</p>");
        InvalidInput wait = assertThrows(InvalidInput.class,
                () -> discussions.reply(talker, thread, "<p>And another thing!</p>"));
        assertTrue(wait.getMessage().contains("slow mode: one post every 5 minutes"), wait.getMessage());
        assertTrue(wait.getMessage().contains("You can post again in 5 minutes"), wait.getMessage());
        discussions.reply(moderator, thread, "<p>Moderators are not slowed.</p>");
        discussions.reply(moderator, thread, "<p>Not at all.</p>");

        moderation.setSlowMode(moderator, thread, 0, null);
        discussions.reply(talker, thread, "<p>And another thing!</p>");
        assertEquals(AuditAction.SLOW_MODE, audit.about(moderator, "thread", thread, 1).getFirst().action());
    }


    // ---------------------------------------------------------------- new members' first posts

    @Test
    void aNewMembersFirstPostsWaitForApprovalUnseenAndUncountedAndTheThirdGoesStraightOut() {
        Viewer admin = staff(Role.ADMIN);
        Viewer moderator = staff(Role.MODERATOR);
        settings.changeNewMemberApprovals(admin, 2);
        try {
            Viewer newcomer = member("Newcomer");
            Viewer reader = member("Established reader");
            String theme = theme();
            ThemeSummary before = summary(theme);
            int profileBefore = accounts.profile(newcomer.memberId()).postCount();

            long thread = discussions.startThread(newcomer, theme, "Is anyone selling CE certificates?",
                    "<p>Asking for a friend, @" + accounts.profile(reader.memberId()).handle() + ".</p>");
            long opening = discussions.posts(newcomer, thread, new PageRequest(1, 5)).items().getFirst().id();

            assertTrue(discussions.thread(newcomer, thread).awaitingApproval(), "the author sees it, marked");
            assertTrue(post(newcomer, thread, 1).awaitingApproval());
            assertThrows(NotFound.class, () -> discussions.thread(reader, thread), "others get 404");
            assertThrows(NotFound.class, () -> discussions.thread(Viewer.anonymous(), thread));
            assertThrows(NotFound.class, () -> posts.locate(reader, opening));
            assertTrue(threadsOf(reader, theme).stream().noneMatch(t -> t.id() == thread), "not listed");
            assertEquals(before.threadCount(), summary(theme).threadCount(), "not counted");
            assertEquals(before.postCount(), summary(theme).postCount());
            assertEquals(profileBefore, accounts.profile(newcomer.memberId()).postCount());
            long readerUnread = notifications.unreadCount(reader);
            ReviewEntry entry = reviews.queue(moderator, ReviewTarget.APPROVAL, null, new PageRequest(1, 100)).items()
                    .stream().filter(e -> e.post().postId() == opening).findFirst().orElseThrow();
            assertTrue(entry.awaiting());

            reviews.approve(moderator, entry.id());
            assertFalse(discussions.thread(reader, thread).awaitingApproval());
            assertTrue(threadsOf(reader, theme).stream().anyMatch(t -> t.id() == thread), "listed once approved");
            assertEquals(before.threadCount() + 1, summary(theme).threadCount());
            assertEquals(before.postCount() + 1, summary(theme).postCount());
            assertEquals(profileBefore + 1, accounts.profile(newcomer.memberId()).postCount());
            assertEquals(readerUnread + 1, notifications.unreadCount(reader), "the mention is told on approval");
            assertTrue(reviews.queue(moderator, ReviewTarget.APPROVAL, null, new PageRequest(1, 100)).items()
                    .stream().noneMatch(e -> e.id() == entry.id()), "the entry is closed");

            long second = discussions.reply(newcomer, thread, "<p>Second post.</p>").postId();
            assertTrue(post(newcomer, thread, 2).awaitingApproval());
            assertEquals(1, post(reader, thread, 1).position());
            assertEquals(1, discussions.posts(reader, thread, new PageRequest(1, 20)).items().size(),
                    "the waiting reply is not shown to others");
            assertEquals(0, discussions.thread(reader, thread).replyCount());
            moderation.approvePost(moderator, second); // from the thread page: the queue entry closes too
            assertEquals(1, discussions.thread(reader, thread).replyCount());
            assertTrue(reviews.queue(moderator, ReviewTarget.APPROVAL, null, new PageRequest(1, 100)).items()
                    .stream().noneMatch(e -> e.post().postId() == second));

            discussions.reply(newcomer, thread, "<p>Third post: no wait any more.</p>");
            assertFalse(post(reader, thread, 3).awaitingApproval());
            assertEquals(List.of(AuditAction.APPROVE_POST),
                    audit.about(moderator, "post", second, 5).stream().map(AuditEntryView::action).toList());
        } finally {
            settings.changeNewMemberApprovals(admin, 0);
        }
    }

    @Test
    void aRejectedFirstThreadIsDeletedAndItsAuthorIsTold() {
        Viewer admin = staff(Role.ADMIN);
        Viewer moderator = staff(Role.MODERATOR);
        settings.changeNewMemberApprovals(admin, 1);
        try {
            Viewer spammer = member("Spammer");
            String theme = theme();
            ThemeSummary before = summary(theme);
            long thread = discussions.startThread(spammer, theme, "Cheap certificates for sale", "<p>Buy!</p>");
            long opening = discussions.posts(spammer, thread, new PageRequest(1, 5)).items().getFirst().id();
            assertEquals(1, settings.newMemberApprovals(), "the setting");
            assertTrue(discussions.thread(spammer, thread).awaitingApproval(), "the thread waits");
            ReviewEntry entry = reviews.queue(moderator, ReviewTarget.APPROVAL, null, new PageRequest(1, 100)).items()
                    .stream().filter(e -> e.post().postId() == opening).findFirst().orElseThrow(() -> new AssertionError(
                            "no queue entry for " + opening + ": " + reviews.queue(moderator, null, null,
                            new PageRequest(1, 100)).items().stream().map(e -> e.kind() + " " + e.post()).toList()));

            assertThrows(InvalidInput.class, () -> reviews.reject(moderator, entry.id(), ""));
            reviews.reject(moderator, entry.id(), "Spam");
            assertThrows(NotFound.class, () -> discussions.thread(spammer, thread), "gone, also for its author");
            assertTrue(discussions.thread(moderator, thread).deleted());
            assertEquals(before.threadCount(), summary(theme).threadCount(), "the counts never moved");
            assertEquals(before.postCount(), summary(theme).postCount());
            assertThrows(Forbidden.class, () -> settings.changeNewMemberApprovals(moderator, 3));
            assertThrows(InvalidInput.class, () -> settings.changeNewMemberApprovals(admin, -1));
        } finally {
            settings.changeNewMemberApprovals(admin, 0);
        }
    }

    // ---------------------------------------------------------------- closing challenges

    @Test
    void aModeratorClosesADuplicateChallengeLinkingTheOriginalAndReopensIt() {
        Viewer moderator = staff(Role.MODERATOR);
        Viewer asker = member("Original asker");
        long original = challenges.askChallenge(asker, new AskForm("How do we get onto an NHS framework " + uuid()
                + "?", "<p>Original question.</p>", List.of("nhs-procurement"), null, List.of()));
        long duplicate = challenges.askChallenge(member("Duplicate asker"), new AskForm("Getting onto NHS frameworks "
                + uuid() + "?", "<p>The same question.</p>", List.of("nhs-procurement"), null, List.of()));

        InvalidInput self = assertThrows(InvalidInput.class,
                () -> challenges.closeChallenge(moderator, duplicate, CloseReason.DUPLICATE, null, duplicate));
        assertTrue(self.messages().get("original").contains("itself"));
        InvalidInput missing = assertThrows(InvalidInput.class,
                () -> challenges.closeChallenge(moderator, duplicate, CloseReason.DUPLICATE, null, Long.MAX_VALUE));
        assertTrue(missing.messages().get("original").contains("no challenge"));
        assertThrows(InvalidInput.class,
                () -> challenges.closeChallenge(moderator, duplicate, CloseReason.DUPLICATE, null, null));
        InvalidInput noReason = assertThrows(InvalidInput.class,
                () -> challenges.closeChallenge(moderator, duplicate, null, "Because", null));
        assertTrue(noReason.messages().containsKey("closeReason"));
        assertThrows(Forbidden.class,
                () -> challenges.closeChallenge(asker, duplicate, CloseReason.OFF_TOPIC, null, null));
        assertNull(challenges.challengePage(asker, duplicate).closure(), "nothing changed");

        challenges.closeChallenge(moderator, duplicate, CloseReason.DUPLICATE, "Answered there", original);
        ChallengePageView page = challenges.challengePage(asker, duplicate);
        assertEquals(ChallengeStatus.CLOSED, page.challenge().status());
        assertEquals(original, page.closure().duplicateOfId());
        assertEquals("Answered there", page.closure().note());
        assertThrows(Forbidden.class, () -> challenges.answer(member("Late answerer"), duplicate, "<p>Late.</p>",
                false, null, List.of()));

        challenges.reopenChallenge(moderator, duplicate, null);
        assertNull(challenges.challengePage(asker, duplicate).closure());
        assertEquals(ChallengeStatus.OPEN, challenges.challengePage(asker, duplicate).challenge().status());
        challenges.answer(member("Welcome answerer"), duplicate, "<p>Now it is open.</p>", false, null, List.of());
        assertEquals(List.of(AuditAction.REOPEN_CHALLENGE, AuditAction.CLOSE_CHALLENGE),
                audit.about(moderator, "challenge", duplicate, 10).stream().map(AuditEntryView::action).toList());
    }

    @Test
    void mergingKeepsEveryPostAuthorAndOrderMovesCountsAndLeadsTheOldAddressOn() {
        Viewer moderator = staff(Role.MODERATOR);
        Viewer ann = member("Merge Ann");
        Viewer ben = member("Merge Ben");
        Viewer cat = member("Merge Cat");
        String targetTheme = theme();
        String sourceTheme = theme();
        long target = discussions.startThread(ann, targetTheme, "DTAC evidence for a triage app", "<p>T1</p>");
        discussions.reply(ben, target, "<p>T2</p>");
        long source = discussions.startThread(cat, sourceTheme, "Same question: DTAC for triage", "<p>S1</p>");
        long s2 = discussions.reply(ann, source, "<p>S2</p>").postId();
        long s3 = discussions.reply(ben, source, "<p>S3</p>", s2).postId();
        long s4 = discussions.reply(ben, source, "<p>S4 removed</p>").postId();
        posts.deletePost(ben, s4);
        ThemeSummary targetBefore = summary(targetTheme);
        ThemeSummary sourceBefore = summary(sourceTheme);
        int benPosts = accounts.profile(ben.memberId()).postCount();

        InvalidInput itself = assertThrows(InvalidInput.class,
                () -> moderation.mergeThread(moderator, source, source, null));
        assertTrue(itself.messages().get(ThreadModeration.MERGE_TARGET_FIELD).contains("itself"));
        InvalidInput missing = assertThrows(InvalidInput.class,
                () -> moderation.mergeThread(moderator, source, 987_654_321L, null));
        assertTrue(missing.messages().get(ThreadModeration.MERGE_TARGET_FIELD).contains("987654321"));
        assertThrows(InvalidInput.class, () -> moderation.mergeThread(moderator, source, null, null));
        assertThrows(Forbidden.class, () -> moderation.mergeThread(cat, source, target, null), "authors cannot merge");
        assertEquals(4, discussions.thread(cat, source).postCount(), "nothing moved");

        moderation.mergeThread(moderator, source, target, "Asked twice");

        List<PostView> merged = discussions.posts(moderator, target, new PageRequest(1, 20)).items();
        assertEquals(List.of("<p>T1</p>", "<p>T2</p>", "<p>S1</p>", "<p>S2</p>", "<p>S3</p>"),
                merged.stream().filter(p -> !p.deleted()).map(p -> p.body().html()).toList(), "order kept");
        assertEquals(List.of(1, 2, 3, 4, 5, 6), merged.stream().map(PostView::position).toList());
        assertEquals(List.of(ann.memberId(), ben.memberId(), cat.memberId(), ann.memberId(), ben.memberId(),
                ben.memberId()), merged.stream().map(PostView::authorId).toList(), "authors kept");
        assertTrue(merged.get(5).deleted(), "a deleted post stays deleted");
        assertEquals(s2, merged.get(4).replyTo().postId(), "a reply still answers its post");
        assertEquals(4, discussions.thread(ann, target).replyCount());
        ThreadMerged moved = assertThrows(ThreadMerged.class, () -> discussions.thread(ann, source));
        assertEquals(target, moved.target(), "the old address leads on");
        assertEquals(targetBefore.postCount() + 3, summary(targetTheme).postCount());
        assertEquals(targetBefore.threadCount(), summary(targetTheme).threadCount());
        assertEquals(sourceBefore.postCount() - 3, summary(sourceTheme).postCount());
        assertEquals(sourceBefore.threadCount() - 1, summary(sourceTheme).threadCount());
        assertTrue(threadsOf(cat, sourceTheme).stream().noneMatch(t -> t.id() == source));
        assertEquals(benPosts, accounts.profile(ben.memberId()).postCount(), "profiles count the same posts");
        assertTrue(discussions.thread(cat, target).viewerWatching(), "the source's watchers watch the target");
        assertEquals(target, posts.locate(cat, s3).threadId(), "a post's own address finds it in its new thread");
        AuditEntryView entry = audit.about(moderator, "thread", target, 1).getFirst();
        assertEquals(AuditAction.MERGE_THREAD, entry.action());
        assertTrue(entry.reason().contains("Same question") && entry.reason().contains("Asked twice"), entry.reason());
    }

    @Test
    void splittingMovesTheChosenRepliesInOrderAndNumbersBothThreadsAgain() {
        Viewer moderator = staff(Role.MODERATOR);
        Viewer ann = member("Split Ann");
        Viewer ben = member("Split Ben");
        String theme = theme();
        String other = theme();
        long thread = discussions.startThread(ann, theme, "Procurement frameworks in 2026", "<p>P1</p>");
        long p2 = discussions.reply(ben, thread, "<p>P2</p>").postId();
        long p3 = discussions.reply(ann, thread, "<p>P3 off topic</p>").postId();
        discussions.reply(ben, thread, "<p>P4</p>", p2);
        long p5 = discussions.reply(ben, thread, "<p>P5 off topic</p>", p3).postId();
        long p6 = discussions.reply(ann, thread, "<p>P6</p>", p3).postId();
        ThemeSummary themeBefore = summary(theme);
        ThemeSummary otherBefore = summary(other);

        InvalidInput none = assertThrows(InvalidInput.class,
                () -> moderation.splitThread(moderator, thread, List.of(), "A fine new title", null, null));
        assertTrue(none.messages().containsKey(ThreadModeration.SPLIT_POSTS_FIELD));
        long opening = post(moderator, thread, 1).id();
        InvalidInput first = assertThrows(InvalidInput.class,
                () -> moderation.splitThread(moderator, thread, List.of(opening, p3), "A fine new title", null, null));
        assertTrue(first.messages().get(ThreadModeration.SPLIT_POSTS_FIELD).contains("opening post"));
        InvalidInput title = assertThrows(InvalidInput.class,
                () -> moderation.splitThread(moderator, thread, List.of(p3), "", null, null));
        assertTrue(title.messages().containsKey("title"));
        assertThrows(Forbidden.class,
                () -> moderation.splitThread(ann, thread, List.of(p3), "A fine new title", null, null));
        assertEquals(6, discussions.thread(ann, thread).postCount(), "nothing moved");

        long split = moderation.splitThread(moderator, thread, List.of(p5, p3), "Framework side discussion", other,
                "Off topic");

        List<PostView> left = discussions.posts(ann, thread, new PageRequest(1, 20)).items();
        assertEquals(List.of("<p>P1</p>", "<p>P2</p>", "<p>P4</p>", "<p>P6</p>"),
                left.stream().map(p -> p.body().html()).toList());
        assertEquals(List.of(1, 2, 3, 4), left.stream().map(PostView::position).toList(), "numbered again");
        assertEquals(p2, left.get(2).replyTo().postId(), "a reply to a post that stayed still answers it");
        assertNull(left.get(3).replyTo(), "a reply to a post that left answers nothing");
        assertEquals(p6, left.get(3).id());
        List<PostView> moved = discussions.posts(ann, split, new PageRequest(1, 20)).items();
        assertEquals(List.of("<p>P3 off topic</p>", "<p>P5 off topic</p>"),
                moved.stream().map(p -> p.body().html()).toList());
        assertEquals(List.of(ann.memberId(), ben.memberId()), moved.stream().map(PostView::authorId).toList());
        assertEquals(p3, moved.get(1).replyTo().postId(), "replies that moved together still answer each other");
        assertEquals(ann.memberId(), discussions.thread(ann, split).authorId(), "the first moved post's author starts it");
        assertEquals(other, discussions.thread(ann, split).themeSlug());
        assertEquals(3, discussions.thread(ann, thread).replyCount());
        assertEquals(1, discussions.thread(ann, split).replyCount());
        assertEquals(themeBefore.postCount() - 2, summary(theme).postCount());
        assertEquals(themeBefore.threadCount(), summary(theme).threadCount());
        assertEquals(otherBefore.postCount() + 2, summary(other).postCount());
        assertEquals(otherBefore.threadCount() + 1, summary(other).threadCount());
        assertEquals(split, summary(other).lastThreadId());
        assertEquals(split, posts.locate(ben, p5).threadId());
        discussions.reply(ben, thread, "<p>P7 after the split</p>");
        assertEquals(5, discussions.thread(ann, thread).postCount(), "positions go on from the new end");
        AuditEntryView entry = audit.about(moderator, "thread", split, 1).getFirst();
        assertEquals(AuditAction.SPLIT_THREAD, entry.action());
        assertTrue(entry.reason().startsWith("2 posts split off"), entry.reason());
    }

    @Test
    void watchedWordsBlockHoldOrFlagWhatMembersWriteAndOnlyAdministratorsManageThem() {
        Viewer admin = staff(Role.ADMIN);
        Viewer moderator = staff(Role.MODERATOR);
        Viewer member = member("Watched writer");
        String theme = theme();
        String token = uuid().replaceAll("[^a-z]", "x");
        String blocked = "snakeoil" + token;
        String held = "miracle" + token;
        String flagged = "crypto" + token;

        assertThrows(Forbidden.class, () -> watchedWords.add(moderator, blocked, WatchedAction.BLOCK, null),
                "moderators do not manage watched words");
        long blockId = watchedWords.add(admin, blocked, WatchedAction.BLOCK, "We do not host adverts.");
        watchedWords.add(admin, held + " cure", WatchedAction.APPROVAL, null);
        watchedWords.add(admin, flagged + "*", WatchedAction.FLAG, null);
        InvalidInput twice = assertThrows(InvalidInput.class,
                () -> watchedWords.add(admin, blocked.toUpperCase(), WatchedAction.FLAG, null));
        assertTrue(twice.messages().get(WatchedWords.WORD_FIELD).contains("already watched"));
        assertThrows(InvalidInput.class, () -> watchedWords.add(admin, "*", WatchedAction.FLAG, null));
        assertThrows(InvalidInput.class, () -> watchedWords.add(admin, "fine", null, null));

        InvalidInput inBody = assertThrows(InvalidInput.class, () -> discussions.startThread(member, theme,
                "A perfectly fine title", "<p>Try our " + blocked.toUpperCase() + " today</p>"));
        assertTrue(inBody.messages().get("body").contains("We do not host adverts."), inBody.messages().toString());
        InvalidInput inTitle = assertThrows(InvalidInput.class, () -> discussions.startThread(member, theme,
                "All about " + blocked, "<p>Fine words.</p>"));
        assertTrue(inTitle.messages().containsKey("title"), inTitle.messages().toString());
        assertThrows(InvalidInput.class, () -> discussions.startThread(moderator, theme, "Moderators too",
                "<p>" + blocked + "</p>"), "a block applies to everyone");
        long thread = discussions.startThread(member, theme, "A thread that is fine", "<p>Fine.</p>");
        long fine = discussions.reply(member, thread, "<p>Fine again.</p>").postId();
        long version = em.find(org.clusterforum.discussion.model.Post.class, fine).getVersion();
        assertThrows(InvalidInput.class, () -> posts.editPost(member, fine, version, "<p>" + blocked + "</p>"),
                "edits are checked too");

        long waiting = discussions.reply(member, thread, "<p>A " + held + "   CURE for all.</p>").postId();
        assertTrue(post(moderator, thread, 3).awaitingApproval(), "held for approval");
        assertThrows(IndexOutOfBoundsException.class, () -> post(Viewer.anonymous(), thread, 3), "others do not see it");
        ReviewEntry hold = reviews.queue(moderator, ReviewTarget.APPROVAL, theme, new PageRequest(1, 20)).items()
                .stream().filter(e -> e.post().postId() == waiting).findFirst().orElseThrow();
        assertTrue(hold.flagNote().contains(held + " cure"), hold.flagNote());

        long flaggedPost = discussions.reply(member, thread, "<p>About " + flagged + "currency.</p>").postId();
        assertFalse(posts.summary(Viewer.anonymous(), flaggedPost).awaitingApproval(), "a flagged post is published");
        ReviewEntry flag = reviews.queue(moderator, ReviewTarget.POST, theme, new PageRequest(1, 20)).items()
                .stream().filter(e -> e.post().postId() == flaggedPost).findFirst().orElseThrow();
        assertTrue(flag.flagNote().contains(flagged), flag.flagNote());
        assertTrue(flag.reports().isEmpty());
        discussions.reply(moderator, thread, "<p>Staff may say " + flagged + "x without a flag.</p>");
        assertEquals(1, reviews.queue(moderator, ReviewTarget.POST, theme, new PageRequest(1, 20)).items().size());

        watchedWords.remove(admin, blockId);
        watchedWords.remove(admin, blockId); // twice: nothing more
        discussions.reply(member, thread, "<p>" + blocked + " is allowed again.</p>");
        List<AuditAction> logged = audit.log(admin, null, token, new PageRequest(1, 10)).items().stream()
                .map(AuditEntryView::action).toList();
        assertEquals(List.of(AuditAction.UNWATCH_WORD, AuditAction.WATCH_WORD, AuditAction.WATCH_WORD,
                AuditAction.WATCH_WORD), logged);
        watchedWords.list(admin).stream().filter(w -> w.word().contains(token))
                .forEach(w -> watchedWords.remove(admin, w.id())); // leave no word behind for other tests
    }

    @Test
    void aModeratorRestoresADeletedChallengeWithItsTagsAndADeletedAnswer() {
        Viewer moderator = staff(Role.MODERATOR);
        Viewer asker = member("Restored asker");
        Viewer answerer = member("Restored answerer");
        int tagged = tagService.tag("dtac").challengeCount();
        long challenge = challenges.askChallenge(asker, new AskForm("Which DTAC evidence for a triage app " + uuid()
                + "?", "<p>What did assessors ask for?</p>", List.of("dtac"), null, List.of()));
        long answer = challenges.answer(answerer, challenge, "<p>Clinical safety first.</p>", false, null,
                List.of()).postId();
        assertEquals(tagged + 1, tagService.tag("dtac").challengeCount());

        posts.deletePost(moderator, answer);
        assertEquals(0, challenges.challengePage(asker, challenge).challenge().answerCount());
        moderation.restorePost(moderator, answer, "Deleted by mistake");
        ChallengePageView page = challenges.challengePage(asker, challenge);
        assertEquals(1, page.challenge().answerCount());
        assertEquals(ChallengeStatus.ANSWERED, page.challenge().status());
        assertFalse(page.answers().getFirst().deleted(), "the answer is live again");

        posts.deletePost(moderator, answer);
        challenges.answer(answerer, challenge, "<p>A fuller answer.</p>", false, null, List.of());
        assertThrows(Forbidden.class, () -> moderation.restorePost(moderator, answer, null),
                "an answer cannot come back beside its author's newer one");
        assertEquals(1, challenges.challengePage(asker, challenge).challenge().answerCount(), "nothing changed");

        Viewer admin = staff(Role.ADMIN);
        posts.deletePost(admin, challenges.challengePage(asker, challenge).challenge().postId());
        assertThrows(NotFound.class, () -> challenges.challengePage(asker, challenge));
        assertEquals(tagged, tagService.tag("dtac").challengeCount(), "a deleted challenge leaves its tags");
        assertTrue(challenges.challengePage(moderator, challenge).viewerMayRestore());
        moderation.restorePost(moderator, challenges.challengePage(moderator, challenge).challenge().postId(), null);
        ChallengePageView back = challenges.challengePage(asker, challenge);
        assertEquals(List.of("dtac"), back.challenge().tags().stream().map(t -> t.slug()).toList(),
                "its tags come back");
        assertEquals(tagged + 1, tagService.tag("dtac").challengeCount());
        assertFalse(back.viewerMayRestore());
    }

    @Test
    void membersReportAChallengeCommentAndAModeratorDeletesItFromTheQueue() {
        Viewer moderator = staff(Role.MODERATOR);
        Viewer asker = member("Comment asker");
        Viewer rude = member("Rude commenter");
        Viewer reporter = member("Comment reporter");
        long challenge = challenges.askChallenge(asker, new AskForm("Who signs off DCB0129 " + uuid() + "?",
                "<p>Clinical safety officer question.</p>", List.of("clinical-safety"), null, List.of()));
        long postId = challenges.challengePage(asker, challenge).challenge().postId();
        challenges.comment(rude, challenge, postId, "Buy my consultancy, only 9999 pounds");
        long commentId = challenges.challengePage(asker, challenge).challenge().comments().getFirst().id();

        assertThrows(Forbidden.class, () -> reviews.reportComment(rude, commentId, ReportReason.SPAM, null),
                "nobody reports their own comment");
        assertThrows(NotFound.class, () -> reviews.reportComment(reporter, 987_654_321L, ReportReason.SPAM, null));
        assertTrue(reviews.reportComment(reporter, commentId, ReportReason.SPAM, null));
        assertFalse(reviews.reportComment(reporter, commentId, ReportReason.SPAM, null), "once per reporter");
        reviews.reportComment(asker, commentId, ReportReason.OFF_TOPIC, null);

        ReviewEntry entry = reviews.queue(moderator, ReviewTarget.COMMENT, null, new PageRequest(1, 50)).items()
                .stream().filter(e -> e.comment().id() == commentId).findFirst().orElseThrow();
        assertEquals(2, entry.reports().size(), "reports on one comment gather into one entry");
        assertEquals(rude.memberId(), entry.subjectId());
        assertTrue(entry.comment().text().contains("consultancy"));
        assertThrows(InvalidInput.class, () -> reviews.hidePost(moderator, entry.id(), " "), "a reason is needed");
        reviews.hidePost(moderator, entry.id(), "Advertising");
        assertTrue(challenges.challengePage(asker, challenge).challenge().comments().isEmpty(), "the comment is gone");
        assertTrue(reviews.handledReports(again(reporter)).stream().anyMatch(o -> o.what().equals("a comment")),
                "the reporter is told");
        assertEquals(AuditAction.DELETE_COMMENT, audit.about(moderator, "challenge", challenge, 5).getFirst().action());
    }

    // ---------------------------------------------------------------- administration

    @Test
    void administratorsChangeRolesButNotTheirOwnAndEachChangeIsLogged() {
        Viewer admin = staff(Role.ADMIN);
        Viewer moderator = staff(Role.MODERATOR);
        Viewer member = member("Future moderator");
        String handle = "@" + accounts.profile(member.memberId()).handle();

        assertThrows(Forbidden.class, () -> accounts.changeRole(moderator, handle, Role.MODERATOR));
        assertThrows(Forbidden.class, () -> accounts.staff(moderator));
        InvalidInput self = assertThrows(InvalidInput.class, () -> accounts.changeRole(admin,
                emailOf(admin), Role.MEMBER));
        assertTrue(self.messages().get("who").contains("your own role"));
        InvalidInput nobody = assertThrows(InvalidInput.class,
                () -> accounts.changeRole(admin, "@nobody-" + uuid(), Role.EXPERT));
        assertTrue(nobody.messages().get("who").contains("no active member"));
        assertThrows(InvalidInput.class, () -> accounts.changeRole(admin, handle, null));
        assertFalse(accounts.viewerOf(member.memberId()).orElseThrow().can(Permission.MODERATE), "nothing changed");

        accounts.changeRole(admin, handle, Role.MODERATOR);
        Viewer promoted = accounts.viewerOf(member.memberId()).orElseThrow();
        assertTrue(promoted.can(Permission.MODERATE), "the next request sees the new role");
        assertTrue(accounts.staff(admin).stream().anyMatch(m -> m.id() == member.memberId()
                && m.role() == Role.MODERATOR));
        moderation.lockThread(promoted, discussions.startThread(member, theme(), "Now I moderate", "<p>Yes.</p>"),
                null);
        accounts.changeRole(admin, emailOf(member), Role.MEMBER);
        assertFalse(accounts.viewerOf(member.memberId()).orElseThrow().can(Permission.MODERATE));
        assertTrue(accounts.staff(admin).stream().noneMatch(m -> m.id() == member.memberId()));
        List<String> reasons = audit.about(admin, "member", member.memberId(), 10).stream()
                .filter(e -> e.action() == AuditAction.CHANGE_ROLE).map(AuditEntryView::reason).toList();
        assertEquals(List.of("Moderator → Member", "Member → Moderator"), reasons);
    }

    @Test
    void siteSettingsRenameTheForumCloseRegistrationAndLimitAttachments() {
        Viewer admin = staff(Role.ADMIN);
        Viewer member = member("Attaching member");
        Viewer moderator = staff(Role.MODERATOR);
        String theme = theme();
        SiteSettings.Values before = settings.values();
        try {
            assertThrows(Forbidden.class, () -> settings.change(moderator, before));
            InvalidInput bad = assertThrows(InvalidInput.class, () -> settings.change(admin, new SiteSettings.Values(
                    " ", before.siteDescription(), true, 0, 0, 99)));
            assertEquals(java.util.Set.of("siteName", "attachmentMegabytes", "attachmentsPerPost"),
                    bad.messages().keySet(), "every problem at once");
            assertEquals(before, settings.values(), "nothing saved");

            String name = "Severn Health Forum " + uuid();
            settings.change(admin, new SiteSettings.Values(name, "Where the cluster meets.", false,
                    before.newMemberApprovals(), 1, 1));
            assertEquals(name, settings.siteName());
            Forbidden closed = assertThrows(Forbidden.class, () -> accounts.register(new Registration("Too late",
                    uuid() + "-too-late@example.org", PASSWORD, null, "Test Org Too late", OrganisationKind.COMPANY)));
            assertTrue(closed.getMessage().contains("Registration is closed"));
            byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
            InvalidInput two = assertThrows(InvalidInput.class, () -> discussions.startThread(member, theme,
                    "Two pictures of the device", "<p>See both.</p>",
                    List.of(new org.clusterforum.discussion.service.Upload("a.png", png),
                            new org.clusterforum.discussion.service.Upload("b.png", png))));
            assertTrue(two.messages().get("files").contains("at most 1 file"), two.messages().toString());
            discussions.startThread(member, theme, "One picture of the device", "<p>See it.</p>",
                    List.of(new org.clusterforum.discussion.service.Upload("a.png", png)));
            assertEquals(1, audit.log(admin, AuditAction.CHANGE_SETTING, name, new PageRequest(1, 5)).items().size(),
                    "each change is logged");
        } finally {
            settings.change(admin, before);
        }
        assertTrue(settings.registrationOpen());
    }

    @Test
    void administratorsCreateNestReorderAndArchiveThemes() {
        Viewer admin = staff(Role.ADMIN);
        Viewer member = member("Theme reader");
        String suffix = uuid();
        assertThrows(Forbidden.class, () -> themeAdministration.createTheme(staff(Role.MODERATOR), "Nope " + suffix,
                null, "", null));
        long parent = themeAdministration.createTheme(admin, "Funding " + suffix, null, "Grants and investment.", null);
        String parentSlug = "funding-" + suffix;
        long first = themeAdministration.createTheme(admin, "SBRI " + suffix, null, "Small business research.",
                parentSlug);
        long second = themeAdministration.createTheme(admin, "Innovate UK " + suffix, null, "", parentSlug);
        InvalidInput deep = assertThrows(InvalidInput.class, () -> themeAdministration.createTheme(admin,
                "Too deep " + suffix, null, "", "sbri-" + suffix));
        assertTrue(deep.messages().get("parent").contains("one level"));
        assertThrows(InvalidInput.class, () -> themeAdministration.createTheme(admin, " ", null, "", null));
        InvalidInput taken = assertThrows(InvalidInput.class, () -> themeAdministration.createTheme(admin,
                "Another", parentSlug, "", null));
        assertTrue(taken.messages().containsKey("slug"));
        long again = themeAdministration.createTheme(admin, "Funding " + suffix, null, "", null);
        assertEquals("funding-" + suffix + "-2", themeAdministration.theme(admin, again).slug(),
                "a name used before gets a free address");

        List<ThemeSummary> home = discussions.themes(member);
        List<Long> order = home.stream().map(ThemeSummary::id).filter(id -> id == parent || id == first
                || id == second).toList();
        assertEquals(List.of(parent, first, second), order, "sub-themes follow their theme");
        assertEquals("Funding " + suffix, home.stream().filter(t -> t.id() == first).findFirst().orElseThrow()
                .parentName());
        themeAdministration.moveTheme(admin, second, true);
        themeAdministration.moveTheme(admin, second, true); // already first: nothing changes
        assertEquals(List.of(parent, second, first), discussions.themes(member).stream().map(ThemeSummary::id)
                .filter(id -> id == parent || id == first || id == second).toList());

        themeAdministration.editTheme(admin, first, "SBRI competitions " + suffix, "Rounds and dates.", null);
        assertNull(themeAdministration.theme(admin, first).parentId(), "moved to the top level");
        assertEquals("sbri-" + suffix, themeAdministration.theme(admin, first).slug(), "its address stays");
        InvalidInput itself = assertThrows(InvalidInput.class,
                () -> themeAdministration.editTheme(admin, parent, "Funding " + suffix, "", parentSlug));
        assertTrue(itself.messages().containsKey("parent"));

        long thread = discussions.startThread(member, "sbri-" + suffix, "Next SBRI round", "<p>When?</p>");
        themeAdministration.archiveTheme(admin, first, true);
        assertTrue(discussions.thread(member, thread).archived());
        assertFalse(discussions.thread(member, thread).viewerMayReply(), "an archived theme takes no replies");
        assertThrows(Forbidden.class, () -> discussions.reply(member, thread, "<p>Any news?</p>"));
        assertThrows(Forbidden.class, () -> discussions.startThread(member, "sbri-" + suffix, "A new thread",
                "<p>No.</p>"));
        assertEquals("Next SBRI round", discussions.thread(Viewer.anonymous(), thread).title(), "still readable");
        themeAdministration.archiveTheme(admin, first, false);
        discussions.reply(member, thread, "<p>Any news?</p>");
        assertEquals(List.of(AuditAction.UNARCHIVE_THEME, AuditAction.ARCHIVE_THEME, AuditAction.EDIT_THEME,
                        AuditAction.CREATE_THEME), audit.about(admin, "theme", first, 10).stream()
                .map(AuditEntryView::action).toList());
    }

    // ---------------------------------------------------------------- helpers

    private String emailOf(Viewer who) {
        return (String) em.createNativeQuery("SELECT EMAIL FROM FORUM_MEMBER WHERE ID = ?")
                .setParameter(1, who.memberId()).getSingleResult();
    }

    private List<ThreadItem> threadsOf(Viewer viewer, String theme) {
        return discussions.themePage(viewer, theme, new PageRequest(1, 50)).threads().items();
    }

    private ThemeSummary summary(String slug) {
        return discussions.themes(Viewer.anonymous()).stream().filter(t -> t.slug().equals(slug)).findFirst()
                .orElseThrow();
    }

    private PostView post(Viewer viewer, long thread, int position) {
        return discussions.posts(viewer, thread, new PageRequest(1, 20)).items().get(position - 1);
    }

    private String theme() {
        Viewer admin = staff(Role.ADMIN);
        String slug = "moderation-" + uuid();
        discussions.createTheme(admin, "Moderation " + slug, slug, "A theme of the moderation tests.", 90);
        return slug;
    }

    @Test
    void aNewMembersChallengeAndAnswerWaitForApprovalAndCountOnlyOnceApproved() {
        Viewer admin = staff(Role.ADMIN);
        Viewer moderator = staff(Role.MODERATOR);
        Viewer asker = member("Seasoned asker");
        Viewer reader = member("Challenge reader");
        long answered = challenges.askChallenge(asker, new AskForm("Which notified body for a class IIa patch? "
                + uuid(), "<p>We make a wearable ECG patch.</p>", List.of("regulation-ukca"), null, List.of()));
        settings.changeNewMemberApprovals(admin, 2);
        try {
            Viewer newcomer = member("Challenge newcomer");
            String title = "Is a CE certificate enough after 2028? " + uuid();
            long waiting = challenges.askChallenge(newcomer, new AskForm(title, "<p>Asking for our launch plan.</p>",
                    List.of("regulation-ukca"), null, List.of()));
            assertTrue(challenges.challengeAwaitsApproval(waiting));
            ChallengePageView own = challenges.challengePage(newcomer, waiting);
            assertTrue(own.awaitingApproval(), "the asker sees it, marked");
            assertFalse(own.challenge().viewerMayAnswer());
            assertThrows(NotFound.class, () -> challenges.challengePage(reader, waiting), "others get 404");
            assertThrows(NotFound.class, () -> challenges.challengePage(Viewer.anonymous(), waiting));
            assertTrue(newest(reader, List.of()).stream().noneMatch(id -> id == waiting), "not listed");
            assertTrue(newest(reader, List.of("regulation-ukca")).stream().noneMatch(id -> id == waiting),
                    "not under its tag");
            assertEquals(List.of("regulation-ukca"), own.challenge().tags().stream().map(t -> t.slug()).toList(),
                    "the asker sees the tags it will carry");
            assertTrue(own.challenge().viewerMayEdit(), "and may still correct it");
            challenges.editChallenge(newcomer, waiting, new AskForm(title + " (edited)", null,
                    List.of("regulation-ukca", "mdr-ivdr"), null, List.of()));
            assertEquals(java.util.Set.of("regulation-ukca", "mdr-ivdr"),
                    java.util.Set.copyOf(challenges.challengeForEdit(newcomer, waiting).tagSlugs()));
            assertTrue(newest(reader, List.of("mdr-ivdr")).stream().noneMatch(id -> id == waiting),
                    "an edit does not list it early");
            ReviewEntry entry = approvalOf(moderator, own.challenge().postId());
            long unread = notifications.unreadCount(newcomer);
            reviews.approve(moderator, entry.id());
            assertEquals(unread + 1, notifications.unreadCount(newcomer), "the asker is told it is approved");
            ChallengePageView approved = challenges.challengePage(reader, waiting);
            assertFalse(approved.awaitingApproval());
            assertEquals(java.util.Set.of("regulation-ukca", "mdr-ivdr"), approved.challenge().tags().stream()
                    .map(t -> t.slug()).collect(java.util.stream.Collectors.toSet()), "its tags come back");
            assertTrue(newest(reader, List.of("mdr-ivdr")).contains(waiting), "listed under its tags");

            Viewer answerer = member("Answer newcomer");
            var location = challenges.answer(answerer, answered, "<p>Any UK approved body can do it.</p>", false,
                    null, List.of());
            assertTrue(challenges.answerAwaitsApproval(location.postId()));
            ChallengePageView forAsker = challenges.challengePage(asker, answered);
            assertEquals(0, forAsker.challenge().answerCount(), "not counted");
            assertEquals(ChallengeStatus.OPEN, forAsker.challenge().status());
            assertTrue(forAsker.answers().isEmpty(), "others do not see it");
            var mine = challenges.challengePage(answerer, answered).answers();
            assertEquals(1, mine.size(), "its author does");
            assertTrue(mine.getFirst().waiting() && mine.getFirst().body() != null);
            assertThrows(InvalidInput.class, () -> challenges.answer(answerer, answered, "<p>Again.</p>", false,
                    null, List.of()), "one answer per member, waiting or not");
            reviews.approve(moderator, approvalOf(moderator, location.postId()).id());
            ChallengePageView after = challenges.challengePage(asker, answered);
            assertEquals(1, after.challenge().answerCount());
            assertEquals(ChallengeStatus.ANSWERED, after.challenge().status());
            assertFalse(after.answers().getFirst().waiting());

            Viewer spammer = member("Answer spammer");
            var spam = challenges.answer(spammer, answered, "<p>Buy certificates here.</p>", false, null, List.of());
            reviews.reject(moderator, approvalOf(moderator, spam.postId()).id(), "Advertising");
            assertEquals(1, challenges.challengePage(asker, answered).challenge().answerCount(), "never counted");
            assertTrue(challenges.challengePage(spammer, answered).answers().stream().noneMatch(a -> a.waiting()));
            challenges.answer(spammer, answered, "<p>A real answer this time.</p>", false, null, List.of());
            Viewer expert = staff(Role.EXPERT);
            assertFalse(challenges.answerAwaitsApproval(challenges.answer(expert, waiting,
                    "<p>Experts are vetted: no wait.</p>", false, null, List.of()).postId()), "experts do not wait");
        } finally {
            settings.changeNewMemberApprovals(admin, 0);
        }
    }

    private List<Long> newest(Viewer viewer, List<String> tags) {
        return challenges.list(viewer, org.clusterforum.challenge.model.ChallengeQuery.View.NEWEST, false, tags,
                new PageRequest(1, 100)).items().items().stream().map(i -> i.id()).toList();
    }

    private ReviewEntry approvalOf(Viewer moderator, long postId) {
        return reviews.queue(moderator, ReviewTarget.APPROVAL, null, new PageRequest(1, 100)).items().stream()
                .filter(e -> e.post() != null && e.post().postId() == postId).findFirst().orElseThrow();
    }

    private Viewer staff(Role role) {
        Viewer who = member(role.label() + " " + uuid());
        accounts.grantRole(who.memberId(), role);
        return accounts.viewerOf(who.memberId()).orElseThrow();
    }

    /** The viewer as their next request sees them (a viewer is read once per request, notices included). */
    private Viewer again(Viewer viewer) {
        return accounts.viewerOf(viewer.memberId()).orElseThrow();
    }

    private Viewer member(String name) {
        String email = uuid() + "-" + name.toLowerCase().replaceAll("[^a-z]+", "-") + "@example.org";
        long[] id = new long[1];
        org.clusterforum.platform.security.TrustedWrites.run(() -> id[0] = accounts.register(new Registration(name,
                email, PASSWORD, null, "Test Org " + name, OrganisationKind.COMPANY)));
        return accounts.viewerOf(id[0]).orElseThrow();
    }

    private static String uuid() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
