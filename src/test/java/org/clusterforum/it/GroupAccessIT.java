package org.clusterforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clusterforum.account.model.OrganisationKind;
import org.clusterforum.account.service.AccountService;
import org.clusterforum.account.service.Registration;
import org.clusterforum.challenge.service.AskForm;
import org.clusterforum.challenge.service.ChallengeMoves;
import org.clusterforum.challenge.service.ChallengePageView;
import org.clusterforum.challenge.service.ChallengeService;
import org.clusterforum.challenge.service.ExpertService;
import org.clusterforum.challenge.service.Reputation;
import org.clusterforum.challenge.service.TagService;
import org.clusterforum.challenge.service.TagView;
import org.clusterforum.discussion.service.Attachments;
import org.clusterforum.discussion.service.DiscussionService;
import org.clusterforum.discussion.service.PostLocation;
import org.clusterforum.discussion.service.PostService;
import org.clusterforum.discussion.service.PostView;
import org.clusterforum.discussion.service.Upload;
import org.clusterforum.group.model.GroupVisibility;
import org.clusterforum.group.service.GroupEntryView;
import org.clusterforum.group.service.GroupForm;
import org.clusterforum.group.service.GroupService;
import org.clusterforum.group.service.GroupSummary;
import org.clusterforum.group.service.GroupView;
import org.clusterforum.notification.service.NotificationService;
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
 * Member groups and the one access policy, through the services inside Payara Micro with Derby.
 *
 * <p>The authorisation matrix: for a public, a private and a hidden group, each kind of item (group page, member
 * list, thread, post, revision history, attachment, challenge, answer) and each actor (visitor, outsider member,
 * requester, invited-not-accepted, member, owner, removed member, moderator), every read and write path is tried
 * and must answer exactly as expected: served, refused (403: may see but not act), or not found (404: the same as
 * an item that never existed). Then the paths where private content could leak sideways: lists, counts, profile
 * activity, notifications, mentions, quotes and tag counts.
 */
@ExtendWith(ArquillianExtension.class)
class GroupAccessIT {

    private static final String PASSWORD = "Severn estuary kites 42";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    @Deployment
    static WebArchive deployment() {
        return Deployments.forum(GroupAccessIT.class, TestTransactions.class);
    }

    @Inject
    AccountService accounts;

    @Inject
    GroupService groups;

    @Inject
    DiscussionService discussions;

    @Inject
    PostService posts;

    @Inject
    Attachments attachments;

    @Inject
    ChallengeService challenges;

    @Inject
    ChallengeMoves moves;

    @Inject
    TagService tags;

    @Inject
    ExpertService experts;

    @Inject
    NotificationService notifications;

    @Inject
    TestTransactions transactions;

    enum Actor { VISITOR, OUTSIDER, REQUESTER, INVITED, MEMBER, OWNER, REMOVED, MODERATOR }

    /** A group with one of everything, and a viewer for each actor. */
    record Fixture(GroupVisibility visibility, String slug, Map<Actor, Viewer> actors, long threadId,
                   long openingPostId, long replyId, long attachmentId, long challengeId, long answerId) {

        Viewer as(Actor actor) {
            return actors.get(actor);
        }

        /** Who reads the group's content: everyone for a public group, else members, owners and moderators. */
        boolean reads(Actor actor) {
            return visibility == GroupVisibility.PUBLIC || takesPart(actor);
        }

        boolean takesPart(Actor actor) {
            return actor == Actor.MEMBER || actor == Actor.OWNER || actor == Actor.MODERATOR;
        }

        /** Who may know the group exists (its page): listed groups for all; a hidden one for members and invitees. */
        boolean knows(Actor actor) {
            return visibility != GroupVisibility.HIDDEN || takesPart(actor) || actor == Actor.INVITED;
        }

        /** What a write by this actor must answer: done, refused, or not found when they cannot even see it. */
        String write(Actor actor) {
            return takesPart(actor) ? "ok" : reads(actor) ? "403" : "404";
        }

        String read(Actor actor) {
            return reads(actor) ? "ok" : "404";
        }
    }

    private Fixture fixture(GroupVisibility visibility) {
        Map<Actor, Viewer> actors = new EnumMap<>(Actor.class);
        actors.put(Actor.VISITOR, Viewer.anonymous());
        for (Actor a : Actor.values()) {
            if (a != Actor.VISITOR) {
                actors.put(a, member(a.name().toLowerCase() + " " + visibility.name().toLowerCase()));
            }
        }
        actors.put(Actor.MODERATOR, withRole(actors.get(Actor.MODERATOR), Role.MODERATOR));
        Viewer owner = actors.get(Actor.OWNER);
        String slug = groups.createGroup(owner, new GroupForm("Matrix " + visibility + " " + uuid(),
                "A group of the authorisation matrix.", visibility));
        addMember(owner, slug, actors.get(Actor.MEMBER), visibility);
        addMember(owner, slug, actors.get(Actor.REMOVED), visibility);
        groups.invite(owner, slug, handle(actors.get(Actor.INVITED)), "Join us");
        if (visibility == GroupVisibility.PRIVATE) {
            groups.requestToJoin(actors.get(Actor.REQUESTER), slug, "Let me in");
        }

        long threadId = discussions.startThread(owner, slug, "Confidential bid plan " + visibility,
                "<p>Our price is 120k.</p>");
        long openingPostId = discussions.posts(owner, threadId, new PageRequest(1, 20)).items().getFirst().id();
        posts.editPost(owner, openingPostId, posts.postForEdit(owner, openingPostId).version(),
                "<p>Our price is 118k.</p>");
        PostLocation reply = discussions.reply(actors.get(Actor.MEMBER), threadId, "<p>See the attached chart.</p>",
                null, List.of(new Upload("chart.png", PNG)));
        PostView replyView = discussions.posts(owner, threadId, new PageRequest(1, 20)).items().get(1);
        discussions.reply(actors.get(Actor.REMOVED), threadId, "<p>I was here before I was removed.</p>");
        long challengeId = challenges.askChallengeIn(owner, slug, new AskForm("Which price will the buyer accept "
                + visibility + "?", "<p>Private numbers inside.</p>", List.of("nhs-procurement"), null, List.of()));
        long answerId = challenges.answer(actors.get(Actor.MEMBER), challengeId, "<p>Around 110k.</p>", false, null,
                List.of()).postId();
        groups.removeMember(owner, slug, actors.get(Actor.REMOVED).memberId());
        return new Fixture(visibility, slug, actors, threadId, openingPostId, reply.postId(),
                replyView.attachments().getFirst().id(), challengeId, answerId);
    }

    private void addMember(Viewer owner, String slug, Viewer who, GroupVisibility visibility) {
        if (visibility == GroupVisibility.PUBLIC) {
            groups.join(who, slug);
            return;
        }
        groups.invite(owner, slug, handle(who), null);
        groups.acceptInvitation(who, invitationTo(who, slug).id());
    }

    // ---------------------------------------------------------------- the matrix

    @Test
    void publicGroupMatrix() {
        matrix(fixture(GroupVisibility.PUBLIC));
    }

    @Test
    void privateGroupMatrix() {
        matrix(fixture(GroupVisibility.PRIVATE));
    }

    @Test
    void hiddenGroupMatrix() {
        matrix(fixture(GroupVisibility.HIDDEN));
    }

    private void matrix(Fixture f) {
        List<String> wrong = new ArrayList<>();
        for (Actor a : Actor.values()) {
            Viewer v = f.as(a);
            expect(wrong, a, "group page", f.knows(a) ? "ok" : "404", () -> groups.group(v, f.slug()));
            if (f.knows(a)) {
                GroupView page = groups.group(v, f.slug());
                if (page.contentVisible() != f.reads(a)) {
                    wrong.add(a + " group page: content shown " + page.contentVisible());
                }
            }
            expect(wrong, a, "member list", f.read(a), () -> groups.members(v, f.slug()));
            expect(wrong, a, "thread", f.read(a), () -> discussions.thread(v, f.threadId()));
            expect(wrong, a, "thread page", f.read(a), () -> discussions.threadPage(v, f.threadId(),
                    new PageRequest(1, 20)));
            expect(wrong, a, "group's discussions", f.read(a), () -> discussions.threadsOfGroup(v, f.slug(),
                    new PageRequest(1, 20)));
            expect(wrong, a, "post", f.read(a), () -> posts.locate(v, f.replyId()));
            expect(wrong, a, "revisions", f.read(a), () -> posts.history(v, f.openingPostId()));
            expect(wrong, a, "attachment", f.read(a), () -> attachments.open(v, f.attachmentId()));
            expect(wrong, a, "challenge", f.read(a), () -> challenges.challengePage(v, f.challengeId()));
            expect(wrong, a, "group's challenges", f.read(a), () -> challenges.listInGroup(v, f.slug(),
                    new PageRequest(1, 20)));
            expect(wrong, a, "answer", f.read(a), () -> posts.locate(v, f.answerId()));
            expect(wrong, a, "answer's revisions", f.read(a), () -> posts.history(v, f.answerId()));

            String write = f.write(a);
            expect(wrong, a, "reply", write, () -> discussions.reply(v, f.threadId(), "<p>A reply by " + a + "</p>"));
            expect(wrong, a, "start thread", write, () -> discussions.startThread(v, f.slug(),
                    "A new thread by " + a, "<p>Text</p>"));
            expect(wrong, a, "comment", write, () -> challenges.comment(v, f.challengeId(), f.answerId(),
                    "A comment by " + a));
            if (a != Actor.MEMBER) { // the member wrote the reply and the answer
                expect(wrong, a, "like", write, () -> posts.like(v, f.replyId()));
                expect(wrong, a, "vote on answer", write, () -> challenges.voteOnAnswer(v, f.answerId(), 1));
            }
            if (a != Actor.MEMBER && a != Actor.OWNER) { // the member answered; the owner asked
                expect(wrong, a, "answer", write, () -> challenges.answer(v, f.challengeId(),
                        "<p>An answer by " + a + "</p>", false, null, List.of()));
            }
            String manage = a == Actor.OWNER ? "ok" : f.reads(a) ? "403" : "404";
            Viewer newcomer = member("Newcomer " + a);
            expect(wrong, a, "invite", manage, () -> groups.invite(v, f.slug(), handle(newcomer), null));
            if (a == Actor.OWNER) {
                continue;
            }
            boolean listed = groups.groups(v).stream().anyMatch(g -> g.slug().equals(f.slug()));
            boolean shouldList = f.visibility() != GroupVisibility.HIDDEN || f.takesPart(a);
            if (listed != shouldList) {
                wrong.add(a + " groups list: listed " + listed);
            }
        }
        assertEquals(List.of(), wrong, "paths answering differently from the policy (" + f.visibility() + ")");
    }

    /** Runs a path and records it when it answers other than {@code expected} ("ok", "403" or "404"). */
    private static void expect(List<String> wrong, Actor actor, String path, String expected, Runnable call) {
        String got;
        try {
            call.run();
            got = "ok";
        } catch (NotFound e) {
            got = "404";
        } catch (Forbidden e) {
            got = "403";
        } catch (InvalidInput e) {
            got = "invalid " + e.messages();
        } catch (RuntimeException e) {
            got = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        if (!got.equals(expected)) {
            wrong.add(actor + " " + path + ": expected " + expected + ", got " + got);
        }
    }

    // ---------------------------------------------------------------- sideways leaks

    @Test
    void privateActivityNeverShowsOnProfilesCountsOrTagLists() {
        Viewer owner = member("Profile Owner");
        Viewer outsider = member("Profile Outsider");
        String slug = groups.createGroup(owner, new GroupForm("Quiet circle " + uuid(), "", GroupVisibility.PRIVATE));
        int postsBefore = accounts.profile(owner.memberId()).postCount();
        long askedBefore = experts.profile(owner.memberId()).challengesAsked();
        int tagCountBefore = tagCount("market-access");

        long threadId = discussions.startThread(owner, slug, "Unannounced acquisition talks", "<p>Secret.</p>");
        discussions.reply(owner, threadId, "<p>Still secret.</p>");
        challenges.askChallengeIn(owner, slug, new AskForm("How do we price the merged portfolio?",
                "<p>Secret numbers.</p>", List.of("market-access"), null, List.of()));

        assertEquals(postsBefore, accounts.profile(owner.memberId()).postCount(), "the public post count");
        assertEquals(askedBefore, experts.profile(owner.memberId()).challengesAsked(), "the public count of challenges");
        assertEquals(tagCountBefore, tagCount("market-access"), "the public tag count");
        assertTrue(discussions.recentPostsOf(outsider, owner.memberId(), 10).stream()
                .noneMatch(p -> p.threadTitle().contains("acquisition")), "an outsider sees the activity");
        assertTrue(discussions.recentPostsOf(Viewer.anonymous(), owner.memberId(), 10).isEmpty());
        assertTrue(discussions.recentPostsOf(owner, owner.memberId(), 10).stream()
                .anyMatch(p -> p.threadTitle().contains("acquisition")), "the member sees their own group posts");
        GroupSummary listed = groups.groups(outsider).stream().filter(g -> g.slug().equals(slug)).findFirst()
                .orElseThrow();
        assertEquals(-1, listed.threadCount(), "an outsider is not told how many threads a private group has");
        assertEquals(0, groups.group(outsider, slug).threadCount());
        assertTrue(discussions.placesToStartThreads(outsider).stream().noneMatch(p -> p.slug().equals(slug)));
        assertTrue(discussions.placesToStartThreads(owner).stream().anyMatch(p -> p.slug().equals(slug)));
    }

    @Test
    void mentionedOutsidersAreNotToldAndRemovedMembersStopHearing() {
        Viewer owner = member("Mention Owner");
        Viewer insider = member("Mention Insider");
        Viewer outsider = member("Mention Outsider");
        String slug = groups.createGroup(owner, new GroupForm("Mention room " + uuid(), "", GroupVisibility.PRIVATE));
        groups.invite(owner, slug, handle(insider), null);
        groups.acceptInvitation(insider, invitationTo(insider, slug).id());
        long threadId = discussions.startThread(owner, slug, "Who should we bring in?", "<p>Ideas?</p>");
        discussions.reply(insider, threadId, "<p>Insider reply: I watch this thread now.</p>");
        long outsiderBefore = notifications.unreadCount(outsider);

        discussions.reply(owner, threadId, "<p>Ask @" + handle(outsider) + " and @" + handle(insider) + ".</p>");

        assertEquals(outsiderBefore, notifications.unreadCount(outsider), "a mentioned outsider is told");
        long insiderUnread = notifications.unreadCount(insider);
        assertTrue(insiderUnread >= 1, "the member hears of the mention and the reply");

        groups.removeMember(owner, slug, insider.memberId());
        assertEquals(0, notifications.unreadCount(insider), "a removed member still counts the group's news");
        assertTrue(notifications.page(insider, new PageRequest(1, 20)).items().isEmpty());
        discussions.reply(owner, threadId, "<p>After the removal.</p>");
        assertEquals(0, notifications.unreadCount(insider));
        assertThrows(NotFound.class, () -> discussions.thread(insider, threadId),
                "the same viewer (an open session) loses access at once");
    }

    @Test
    void aPrivatePostCanOnlyBeQuotedInsideItsOwnThread() {
        Viewer owner = member("Quote Owner");
        String slug = groups.createGroup(owner, new GroupForm("Quote room " + uuid(), "", GroupVisibility.PRIVATE));
        long privateThread = discussions.startThread(owner, slug, "Private numbers thread", "<p>Margin 42%.</p>");
        long privatePost = discussions.posts(owner, privateThread, new PageRequest(1, 20)).items().getFirst().id();
        String theme = discussions.placesToStartThreads(owner).getFirst().slug();
        long publicThread = discussions.startThread(owner, theme, "Public thread for quoting", "<p>Hello.</p>");

        assertThrows(NotFound.class, () -> posts.quote(owner, publicThread, privatePost, null));
        assertTrue(posts.quote(owner, privateThread, privatePost, null).contains("Margin 42%"));
    }

    @Test
    void aHiddenGroupIsUnknownToOutsidersEvenByName() {
        Viewer owner = member("Hidden Owner");
        Viewer outsider = member("Hidden Outsider");
        String name = "Shortlist " + uuid();
        String slug = groups.createGroup(owner, new GroupForm(name, "", GroupVisibility.HIDDEN));

        assertThrows(NotFound.class, () -> groups.group(outsider, slug));
        assertThrows(NotFound.class, () -> groups.requestToJoin(outsider, slug, "hi"));
        assertThrows(NotFound.class, () -> groups.join(outsider, slug));
        assertThrows(NotFound.class, () -> groups.group(Viewer.anonymous(), slug));
        assertTrue(groups.groups(outsider).stream().noneMatch(g -> g.slug().equals(slug)));
        String listed = groups.createGroup(outsider, new GroupForm(name.toUpperCase(), "", GroupVisibility.PUBLIC));
        assertNotEquals(slug, listed, "trying the hidden group's name tells nothing: the name is simply free");
        assertEquals(name.toUpperCase(), groups.group(outsider, listed).name());
        InvalidInput taken = assertThrows(InvalidInput.class, () -> groups.changeGroup(owner, slug,
                new GroupForm(name, "", GroupVisibility.PRIVATE)));
        assertTrue(taken.messages().get("name").contains("not available"),
                "listed names stay unique when the hidden group is listed: " + taken.messages());
        String twin = "Clarifications " + uuid();
        groups.createGroup(owner, new GroupForm(twin, "", GroupVisibility.HIDDEN));
        groups.createGroup(outsider, new GroupForm(twin, "", GroupVisibility.HIDDEN)); // hidden groups never clash
    }

    // ---------------------------------------------------------------- membership lifecycle and bad input

    @Test
    void invitationsAndRequestsHaveClearStates() {
        Viewer owner = member("Lifecycle Owner");
        Viewer invitee = member("Lifecycle Invitee");
        Viewer requester = member("Lifecycle Requester");
        String slug = groups.createGroup(owner, new GroupForm("Lifecycle " + uuid(), "Bid team",
                GroupVisibility.PRIVATE));

        groups.invite(owner, slug, "@" + handle(invitee), "Please join");
        InvalidInput twice = assertThrows(InvalidInput.class, () -> groups.invite(owner, slug, handle(invitee), null));
        assertTrue(twice.messages().get("invitee").contains("already been invited"), twice.messages().toString());
        GroupEntryView invitation = invitationTo(invitee, slug);
        assertEquals("Pending", invitation.state());
        assertEquals(1, groups.invitationCount(invitee));
        GroupView asInvitee = groups.group(invitee, slug);
        assertEquals(invitation.id(), asInvitee.myInvitationId());
        assertFalse(asInvitee.contentVisible());

        groups.withdrawInvitation(owner, invitation.id());
        InvalidInput withdrawn = assertThrows(InvalidInput.class, () -> groups.acceptInvitation(invitee,
                invitation.id()));
        assertTrue(withdrawn.messages().get("").contains("withdrawn"), withdrawn.messages().toString());
        assertEquals(0, groups.invitationCount(invitee));

        groups.requestToJoin(requester, slug, "I know the buyer");
        groups.requestToJoin(requester, slug, "Asking twice changes nothing");
        List<GroupEntryView> pending = groups.pendingEntries(owner, slug);
        assertEquals(1, pending.stream().filter(e -> !e.invitation()).count());
        assertThrows(NotFound.class, () -> groups.pendingEntries(requester, slug), "not a member: not even seen");
        groups.approveRequest(owner, pending.stream().filter(e -> !e.invitation()).findFirst().orElseThrow().id());
        assertEquals("Member", groups.group(requester, slug).myRole());
        assertTrue(groups.group(requester, slug).contentVisible());
        assertEquals(2, groups.group(owner, slug).memberCount());
    }

    @Test
    void anExpiredInvitationCannotBeAccepted() throws Exception {
        Viewer owner = member("Expiry Owner");
        Viewer invitee = member("Expiry Invitee");
        String slug = groups.createGroup(owner, new GroupForm("Expiry " + uuid(), "", GroupVisibility.PRIVATE));
        groups.invite(owner, slug, handle(invitee), null);
        long id = invitationTo(invitee, slug).id();

        transactions.update("UPDATE GROUP_ENTRY SET EXPIRES_AT = ? WHERE ID = ?",
                Timestamp.from(Instant.now().minusSeconds(60)), id);

        InvalidInput expired = assertThrows(InvalidInput.class, () -> groups.acceptInvitation(invitee, id));
        assertTrue(expired.messages().get("").contains("expired"), expired.messages().toString());
        assertThrows(NotFound.class, () -> discussions.threadsOfGroup(invitee, slug, new PageRequest(1, 20)));
        assertEquals("Expired", groups.pendingEntries(owner, slug).getFirst().state());
        groups.invite(owner, slug, handle(invitee), "Second try");
        assertEquals(slug, groups.acceptInvitation(invitee, id));
    }

    @Test
    void aGroupAlwaysKeepsAnOwner() {
        Viewer owner = member("Last Owner");
        Viewer other = member("Co Owner");
        String slug = groups.createGroup(owner, new GroupForm("Owners " + uuid(), "", GroupVisibility.PUBLIC));
        groups.join(other, slug);

        InvalidInput leaving = assertThrows(InvalidInput.class, () -> groups.leave(owner, slug));
        assertTrue(leaving.messages().get("").contains("only owner"), leaving.messages().toString());
        assertThrows(InvalidInput.class, () -> groups.stepDown(owner, slug));
        assertThrows(Forbidden.class, () -> groups.removeMember(other, slug, owner.memberId()));

        groups.makeOwner(owner, slug, other.memberId());
        groups.removeMember(other, slug, owner.memberId());
        InvalidInput last = assertThrows(InvalidInput.class, () -> groups.leave(other, slug));
        assertTrue(last.messages().get("").contains("always have an owner"), last.messages().toString());

        Viewer third = member("Heir Member");
        groups.join(third, slug);
        groups.transferOwnership(other, slug, third.memberId());
        assertEquals("Owner", groups.group(third, slug).myRole());
        assertEquals("Member", groups.group(other, slug).myRole());
        groups.leave(other, slug);
        assertEquals(1, groups.group(third, slug).memberCount());
    }

    @Test
    void badGroupInputGetsClearMessages() {
        Viewer owner = member("Input Owner");
        String name = "Procurement circle " + uuid();
        String slug = groups.createGroup(owner, new GroupForm(name, "", GroupVisibility.PUBLIC));

        InvalidInput duplicate = assertThrows(InvalidInput.class, () -> groups.createGroup(owner,
                new GroupForm("  " + name.toLowerCase() + " ", "", GroupVisibility.PRIVATE)));
        assertTrue(duplicate.messages().get("name").contains("not available"), duplicate.messages().toString());
        InvalidInput empty = assertThrows(InvalidInput.class, () -> groups.createGroup(owner,
                new GroupForm(" ", "x".repeat(501), null)));
        assertEquals(3, empty.messages().size(), empty.messages().toString());
        InvalidInput unknown = assertThrows(InvalidInput.class, () -> groups.invite(owner, slug,
                "nobody-" + uuid() + "@example.org", null));
        assertTrue(unknown.messages().get("invitee").contains("No member has"), unknown.messages().toString());
        InvalidInput self = assertThrows(InvalidInput.class, () -> groups.invite(owner, slug, handle(owner), null));
        assertTrue(self.messages().get("invitee").contains("already a member"), self.messages().toString());
    }

    @Test
    void anAskerOpensACollaborationRoomWithChosenAnswerers() {
        Viewer asker = member("Room Asker");
        Viewer answerer = member("Room Answerer");
        Viewer other = member("Room Other Answerer");
        Viewer outsider = member("Room Outsider");
        long challengeId = challenges.askChallenge(asker, new AskForm("How do we run a real-world evaluation?",
                "<p>We need a site and a protocol.</p>", List.of("clinical-evidence"), null, List.of()));
        challenges.answer(answerer, challengeId, "<p>Talk to the AHSN first.</p>", false, null, List.of());
        challenges.answer(other, challengeId, "<p>Use a stepped-wedge design.</p>", false, null, List.of());

        assertThrows(Forbidden.class, () -> challenges.openRoom(answerer, challengeId, "Hijack",
                List.of(other.memberId())));
        InvalidInput none = assertThrows(InvalidInput.class, () -> challenges.openRoom(asker, challengeId,
                "Evaluation room", List.of()));
        assertTrue(none.messages().containsKey("answerers"));
        InvalidInput stranger = assertThrows(InvalidInput.class, () -> challenges.openRoom(asker, challengeId,
                "Evaluation room", List.of(outsider.memberId())));
        assertTrue(stranger.messages().containsKey("answerers"));

        String slug = challenges.openRoom(asker, challengeId, "Evaluation room " + uuid(),
                List.of(answerer.memberId()));

        GroupView room = groups.group(asker, slug);
        assertEquals("Private", room.visibility());
        assertEquals(challengeId, room.originThreadId());
        assertEquals(slug, invitationTo(answerer, slug).groupSlug());
        assertThrows(NotFound.class, () -> invitationTo(other, slug));
        ChallengePageView asAsker = challenges.challengePage(asker, challengeId);
        assertEquals(List.of(slug), asAsker.rooms().stream().map(GroupSummary::slug).toList());
        assertTrue(challenges.challengePage(outsider, challengeId).rooms().isEmpty(),
                "the room is listed only to those who may see it");
        groups.acceptInvitation(answerer, invitationTo(answerer, slug).id());
        assertEquals(1, challenges.challengePage(answerer, challengeId).rooms().size());
    }

    // ---------------------------------------------------------------- moving challenges

    @Test
    void aModeratorMovesABoardChallengeIntoAPrivateGroupAndBackAndThePublicCountsFollow() {
        Viewer asker = member("Move Asker");
        Viewer answerer = member("Move Answerer");
        Viewer voter = member("Move Voter");
        Viewer outsider = member("Move Outsider");
        Viewer moderator = withRole(member("Move Moderator"), Role.MODERATOR);
        String slug = groups.createGroup(moderator, new GroupForm("Tender consortium " + uuid(), "",
                GroupVisibility.PRIVATE));
        groups.invite(moderator, slug, handle(asker), null);
        groups.acceptInvitation(asker, invitationTo(asker, slug).id());
        long id = challenges.askChallenge(asker, new AskForm("Which framework suits our joint bid?",
                "<p>Our consortium bids together.</p>", List.of("market-access"), null, List.of()));
        long answerId = challenges.answer(answerer, id, "<p>Try the G-Cloud framework.</p>", false, null,
                List.of()).postId();
        challenges.voteOnAnswer(voter, answerId, 1);
        challenges.voteOnChallenge(voter, id, 1);
        int askerPoints = reputation(asker);
        int answererPoints = reputation(answerer);
        int answererPosts = accounts.profile(answerer.memberId()).postCount();
        int tagged = tagCount("market-access");

        assertTrue(moves.moveTargets(moderator, id).stream().anyMatch(p -> p.slug().equals(slug) && p.group()));
        assertTrue(moves.moveTargets(asker, id).isEmpty(), "a member moves nothing");
        assertThrows(Forbidden.class, () -> moves.moveChallenge(asker, id, slug, null));
        InvalidInput nowhere = assertThrows(InvalidInput.class, () -> moves.moveChallenge(moderator, id, "", null));
        assertEquals("Choose where to move the challenge.", nowhere.messages().get(ChallengeMoves.TARGET_FIELD));
        InvalidInput rambling = assertThrows(InvalidInput.class,
                () -> moves.moveChallenge(moderator, id, slug, "é".repeat(501)));
        assertEquals("Keep the reason under 500 characters.", rambling.messages().get(ChallengeMoves.REASON_FIELD));
        assertEquals(1, challenges.challengePage(outsider, id).challenge().answerCount(), "nothing moved");

        moves.moveChallenge(moderator, id, slug, "Confidential bid work");

        assertThrows(NotFound.class, () -> challenges.challengePage(outsider, id));
        assertThrows(NotFound.class, () -> challenges.challengePage(Viewer.anonymous(), id));
        assertThrows(NotFound.class, () -> challenges.challengePage(answerer, id), "the answerer is not a member");
        assertEquals(1, challenges.challengePage(asker, id).challenge().answerCount(), "the answer came along");
        assertTrue(challenges.listInGroup(asker, slug, new PageRequest(1, 20)).items().items().stream()
                .anyMatch(c -> c.id() == id));
        assertEquals(askerPoints - Reputation.CHALLENGE_UPVOTE, reputation(asker), "public reputation only");
        assertEquals(answererPoints - Reputation.ANSWER_UPVOTE, reputation(answerer));
        assertEquals(answererPosts - 1, accounts.profile(answerer.memberId()).postCount());
        assertEquals(tagged - 1, tagCount("market-access"), "the public tag count");
        assertTrue(moves.moveTargets(asker, id).isEmpty(), "a group member who does not own it moves nothing");

        moves.moveChallenge(moderator, id, "challenges", null);

        assertEquals(1, challenges.challengePage(outsider, id).challenge().answerCount());
        assertEquals(askerPoints, reputation(asker));
        assertEquals(answererPoints, reputation(answerer));
        assertEquals(answererPosts, accounts.profile(answerer.memberId()).postCount());
        assertEquals(tagged, tagCount("market-access"));
    }

    @Test
    void aPublicGroupTurnedPrivateTakesItsPostsTagsAndReputationOutOfThePublicCountsAndBack() {
        Viewer owner = member("Turning Owner");
        Viewer answerer = member("Turning Answerer");
        Viewer voter = member("Turning Voter");
        String name = "Open then closed circle " + uuid();
        String slug = groups.createGroup(owner, new GroupForm(name, "", GroupVisibility.PUBLIC));
        groups.join(answerer, slug);
        groups.join(voter, slug);
        int ownerPosts = accounts.profile(owner.memberId()).postCount();
        int answererPoints = reputation(answerer);
        int tagged = tagCount("mdr-ivdr");
        long threadId = discussions.startThread(owner, slug, "Open notes on our roadmap", "<p>Notes.</p>");
        discussions.reply(owner, threadId, "<p>More notes.</p>");
        long challengeId = challenges.askChallengeIn(owner, slug, new AskForm("Which class is our software?",
                "<p>Details.</p>", List.of("mdr-ivdr"), null, List.of()));
        long answerId = challenges.answer(answerer, challengeId, "<p>Class IIa, most likely.</p>", false, null,
                List.of()).postId();
        challenges.voteOnAnswer(voter, answerId, 1);
        assertEquals(ownerPosts + 3, accounts.profile(owner.memberId()).postCount(), "public while the group is");
        assertEquals(answererPoints + Reputation.ANSWER_UPVOTE, reputation(answerer));
        assertEquals(tagged + 1, tagCount("mdr-ivdr"));

        groups.changeGroup(owner, slug, new GroupForm(name, "", GroupVisibility.PRIVATE));

        assertEquals(ownerPosts, accounts.profile(owner.memberId()).postCount());
        assertEquals(answererPoints, reputation(answerer));
        assertEquals(tagged, tagCount("mdr-ivdr"));

        groups.changeGroup(owner, slug, new GroupForm(name, "Now hidden", GroupVisibility.HIDDEN));
        assertEquals(ownerPosts, accounts.profile(owner.memberId()).postCount(), "private to hidden changes nothing");

        groups.changeGroup(owner, slug, new GroupForm(name, "", GroupVisibility.PUBLIC));

        assertEquals(ownerPosts + 3, accounts.profile(owner.memberId()).postCount());
        assertEquals(answererPoints + Reputation.ANSWER_UPVOTE, reputation(answerer));
        assertEquals(tagged + 1, tagCount("mdr-ivdr"));
    }

    // ---------------------------------------------------------------- helpers

    private int tagCount(String slug) {
        return tags.approvedTags().stream().filter(t -> t.slug().equals(slug)).mapToInt(TagView::challengeCount)
                .findFirst().orElseThrow();
    }

    private int reputation(Viewer member) {
        return accounts.profile(member.memberId()).reputation();
    }

    private GroupEntryView invitationTo(Viewer who, String slug) {
        return groups.invitations(who).stream().filter(i -> i.groupSlug().equals(slug)).findFirst()
                .orElseThrow(() -> new NotFound("Invitation"));
    }

    private String handle(Viewer who) {
        return accounts.profile(who.memberId()).handle();
    }

    private Viewer member(String name) {
        String email = uuid() + "-" + name.toLowerCase().replaceAll("[^a-z]+", "-") + "@example.org";
        long[] registered = new long[1];
        // as an account made while email is off: its address counts as confirmed, no confirmation email
        org.clusterforum.platform.security.TrustedWrites.run(() -> registered[0] = accounts.register(
                new Registration(name, email, PASSWORD, null, "Test Org " + name, OrganisationKind.COMPANY)));
        long id = registered[0];
        return accounts.viewerOf(id).orElseThrow();
    }

    private Viewer withRole(Viewer member, Role role) {
        accounts.grantRole(member.memberId(), role);
        return accounts.viewerOf(member.memberId()).orElseThrow();
    }

    private static String uuid() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
