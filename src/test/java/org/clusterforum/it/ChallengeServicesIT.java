package org.clusterforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.clusterforum.account.model.OrganisationKind;
import org.clusterforum.account.service.AccountService;
import org.clusterforum.account.service.Registration;
import org.clusterforum.challenge.model.ChallengeQuery.View;
import org.clusterforum.challenge.model.ChallengeStatus;
import org.clusterforum.challenge.service.AnswerView;
import org.clusterforum.challenge.service.AskForm;
import org.clusterforum.challenge.service.ChallengeItem;
import org.clusterforum.challenge.service.ChallengeList;
import org.clusterforum.challenge.service.ChallengePageView;
import org.clusterforum.challenge.service.ChallengeService;
import org.clusterforum.challenge.service.ChallengeView;
import org.clusterforum.challenge.service.ExpertRequestView;
import org.clusterforum.challenge.service.ExpertService;
import org.clusterforum.challenge.service.ForMe;
import org.clusterforum.challenge.service.InvitationView;
import org.clusterforum.challenge.service.Reputation;
import org.clusterforum.challenge.service.TagService;
import org.clusterforum.challenge.service.TagView;
import org.clusterforum.discussion.service.PostService;
import org.clusterforum.notification.service.NotificationService;
import org.clusterforum.notification.service.NotificationView;
import org.clusterforum.platform.persistence.PageRequest;
import org.clusterforum.platform.security.Role;
import org.clusterforum.platform.security.Viewer;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.InvalidInput;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Challenges (Q&amp;A) through their services, inside Payara Micro with the real Derby database: posting, lists,
 * answers, votes and reputation, acceptance, helpful marks, comments, expert matching and invitations.
 *
 * <p>The database is shared with the other ITs and carries the seeded tag taxonomy, so every test makes its own
 * members and challenges and asserts on its own ids, never on totals. Tests that match experts each use their own
 * unusual combination of tags that no other test declares (see the TAGS_ constants), so the experts they create are
 * the only ones matching and rankings are deterministic.
 */
@ExtendWith(ArquillianExtension.class)
class ChallengeServicesIT {

    private static final String PASSWORD = "Severn estuary kites 42";

    /** Carried together only by the list test's challenges. */
    private static final List<String> TAGS_LISTS = List.of("reimbursement", "cybersecurity", "clinical-safety");
    /**
     * Declared only by the experts of the invitation test: the three tags no demo expert declares either (should the
     * demo content ever be seeded into this database).
     */
    private static final List<String> TAGS_INVITATIONS = List.of("ip-patents", "usability-human-factors",
            "manufacturing");
    /** Declared together only by the experts of the open-invitations test (a demo expert has one of them at most). */
    private static final List<String> TAGS_WORKLOAD = List.of("investment", "quality-iso13485",
            "interoperability-fhir");
    /** Declared by the expert made by an administrator's decision; no challenge here carries it. */
    private static final String TAG_GRANTED = "health-economics";

    @Deployment
    static WebArchive deployment() {
        return Deployments.forum(ChallengeServicesIT.class);
    }

    @Inject
    AccountService accounts;

    @Inject
    ChallengeService challenges;

    @Inject
    ExpertService experts;

    @Inject
    TagService tags;

    @Inject
    PostService posts;

    @Inject
    NotificationService notifications;

    /** Container threads, so each vote runs in its own JTA transaction like a real request. */
    @Resource
    ManagedExecutorService executor;

    // ---------------------------------------------------------------- posting

    @Test
    void aMemberPostsAChallengeWithTagsAndItStartsOpen() {
        Viewer asker = member("Tagging Asker");
        int ukcaBefore = tags.tag("regulation-ukca").challengeCount();
        int mdrBefore = tags.tag("mdr-ivdr").challengeCount();

        long id = challenges.askChallenge(asker, new AskForm("  Which  approved body for a class IIa device? ",
                "<p>We make a <strong>wearable</strong> ECG patch.</p>", List.of(" Regulation-UKCA ", "mdr-ivdr",
                "regulation-ukca"), null, List.of()));

        ChallengeView c = challenges.challengePage(asker, id).challenge();
        assertEquals("Which approved body for a class IIa device?", c.title());
        assertEquals(ChallengeStatus.OPEN, c.status());
        assertEquals(0, c.answerCount());
        assertEquals(0, c.score());
        assertEquals("<p>We make a <strong>wearable</strong> ECG patch.</p>", c.body().html());
        assertEquals(List.of("EU MDR and IVDR", "UKCA marking"), c.tags().stream().map(TagView::name).toList(),
                "each tag once, in name order");
        assertEquals(asker.memberId(), c.askerId());
        assertTrue(c.viewerIsAsker());
        assertTrue(c.viewerMayAnswer(), "an asker may answer their own challenge");
        assertEquals(ukcaBefore + 1, tags.tag("regulation-ukca").challengeCount());
        assertEquals(mdrBefore + 1, tags.tag("mdr-ivdr").challengeCount());
        AskForm forEdit = challenges.challengeForEdit(asker, id);
        assertEquals(List.of("mdr-ivdr", "regulation-ukca"), forEdit.tagSlugs());
    }

    @Test
    void missingTagsEmptyBodyAndShortTitleAreReportedTogether() {
        Viewer asker = member("Careless Asker");

        InvalidInput all = assertThrows(InvalidInput.class, () -> challenges.askChallenge(asker,
                new AskForm("Why", "<p><br></p>", List.of(), null, List.of())));

        assertTrue(all.messages().get("tags").contains("at least one tag"), all.messages().toString());
        assertTrue(all.messages().containsKey("body"), all.messages().toString());
        assertTrue(all.messages().get("title").contains("at least"), all.messages().toString());
        assertEquals(3, all.messages().size(), all.messages().toString());
        assertTrue(challenges.list(asker, View.NEWEST, true, List.of(), new PageRequest(1, 20)).items().isEmpty(),
                "nothing was posted");
    }

    @Test
    void sixTagsAreTooMany() {
        Viewer asker = member("Greedy Asker");

        InvalidInput problem = assertThrows(InvalidInput.class, () -> ask(asker, "Everything about devices",
                "regulation-ukca", "mdr-ivdr", "clinical-evidence", "nhs-procurement", "dtac", "data-protection"));

        assertTrue(problem.messages().get("tags").contains("at most 5"), problem.messages().toString());
        assertEquals(1, problem.messages().size(), problem.messages().toString());
    }

    @Test
    void anUnknownTagIsNamedAndAnUnknownThemeRefused() {
        Viewer asker = member("Inventive Asker");

        InvalidInput problem = assertThrows(InvalidInput.class, () -> challenges.askChallenge(asker, new AskForm(
                "A challenge with a made-up tag", "<p>Body</p>", List.of("dtac", "no-such-tag-here"),
                "no-such-theme-" + UUID.randomUUID(), List.of())));

        assertTrue(problem.messages().get("tags").contains("no-such-tag-here"), problem.messages().toString());
        assertFalse(problem.messages().get("tags").contains("dtac"), problem.messages().toString());
        assertTrue(problem.messages().containsKey("theme"), problem.messages().toString());
        assertTrue(challenges.list(asker, View.NEWEST, true, List.of(), new PageRequest(1, 20)).items().isEmpty());
    }

    @Test
    void editingAChallengeRetitlesItAndMovesItBetweenTagLists() {
        Viewer asker = member("Editing Asker");
        Viewer other = member("Editing Bystander");
        long id = ask(asker, "First title of an edited challenge", "data-protection", "clinical-evidence");
        int dataProtection = tags.tag("data-protection").challengeCount();
        int evidence = tags.tag("clinical-evidence").challengeCount();
        int ai = tags.tag("ai-medical-devices").challengeCount();

        assertThrows(Forbidden.class, () -> challenges.editChallenge(other, id, new AskForm("Hijacked title",
                null, List.of("dtac"), null, null)));
        InvalidInput bad = assertThrows(InvalidInput.class, () -> challenges.editChallenge(asker, id,
                new AskForm("No", null, List.of(), null, null)));
        assertTrue(bad.messages().containsKey("tags") && bad.messages().containsKey("title"),
                bad.messages().toString());
        challenges.editChallenge(asker, id, new AskForm("Second title of an edited challenge", null,
                List.of("clinical-evidence", "ai-medical-devices"), null, null));

        AskForm edited = challenges.challengeForEdit(asker, id);
        assertEquals("Second title of an edited challenge", edited.title());
        assertEquals(List.of("ai-medical-devices", "clinical-evidence"), edited.tagSlugs());
        assertEquals(dataProtection - 1, tags.tag("data-protection").challengeCount());
        assertEquals(evidence, tags.tag("clinical-evidence").challengeCount());
        assertEquals(ai + 1, tags.tag("ai-medical-devices").challengeCount());
        assertEquals(List.of(), ids(asker, View.NEWEST, true, List.of("data-protection"), List.of(id)));
        assertEquals(List.of(id), ids(asker, View.NEWEST, true, List.of("ai-medical-devices", "clinical-evidence"),
                List.of(id)));
    }

    // ---------------------------------------------------------------- lists

    @Test
    void listsShowEachChallengeInTheViewsItsStatusBelongsTo() {
        Viewer asker = member("Listing Asker");
        Viewer otherAsker = member("Other Listing Asker");
        Viewer answerer = member("Listing Answerer");
        Viewer voter = member("Listing Voter");
        long open = ask(asker, "Open: who buys cyber kit?", TAGS_LISTS.toArray(String[]::new));
        long answered = ask(asker, "Answered: who builds it?", TAGS_LISTS.toArray(String[]::new));
        long solved = ask(asker, "Solved: who pays for it?", TAGS_LISTS.toArray(String[]::new));
        long othersOpen = ask(otherAsker, "Someone else's question", TAGS_LISTS.toArray(String[]::new));
        long twoOfThree = ask(asker, "Only two of the three tags", "reimbursement", "cybersecurity");
        answer(answerer, answered);
        long accepted = answer(answerer, solved);
        challenges.acceptAnswer(asker, accepted);
        challenges.voteOnChallenge(voter, answered, 1);
        List<Long> mine = List.of(open, answered, solved, othersOpen, twoOfThree);

        assertEquals(List.of(othersOpen, solved, answered, open),
                ids(asker, View.NEWEST, false, TAGS_LISTS, mine), "newest first; all three tags required");
        assertEquals(List.of(othersOpen, open), ids(asker, View.UNANSWERED, false, TAGS_LISTS, mine));
        assertEquals(List.of(twoOfThree, othersOpen, answered, open),
                ids(asker, View.UNSOLVED, false, List.of("cybersecurity"), mine));
        assertEquals(List.of(solved), ids(asker, View.SOLVED, false, TAGS_LISTS, mine));
        assertEquals(answered, ids(asker, View.TOP, false, TAGS_LISTS, mine).get(0), "highest score first");
        assertEquals(List.of(solved, answered, open), ids(asker, View.NEWEST, true, TAGS_LISTS, mine),
                "mine: only the viewer's own");
        assertEquals(List.of(twoOfThree, othersOpen, solved, answered, open),
                ids(asker, View.NEWEST, false, List.of("cybersecurity", "reimbursement"), mine));
        assertEquals(List.of(twoOfThree, solved, answered, open), ids(asker, View.NEWEST, true, List.of(), mine),
                "mine without tags");
        assertEquals(twoOfThree, challenges.list(asker, View.NEWEST, false, List.of(), new PageRequest(1, 20))
                .items().items().get(0).id(), "the newest challenge heads the unfiltered list");

        ChallengeList list = challenges.list(asker, View.UNANSWERED, false, TAGS_LISTS, new PageRequest(1, 20));
        assertEquals(List.of("Clinical safety (DCB0129/0160)", "Cybersecurity", "Reimbursement"),
                list.tags().stream().map(TagView::name).toList());
        ChallengeItem item = challenges.list(asker, View.TOP, false, TAGS_LISTS, new PageRequest(1, 20)).items()
                .items().stream().filter(i -> i.id() == answered).findFirst().orElseThrow();
        assertEquals(ChallengeStatus.ANSWERED, item.status());
        assertEquals(1, item.answerCount());
        assertEquals(1, item.score());
        assertEquals("Listing Asker", item.askerName());
        assertEquals(3, item.tags().size());
    }

    @Test
    void theUnsolvedListFiltersBySeveralTagsToo() {
        Viewer asker = member("Unsolved Asker");
        Viewer answerer = member("Unsolved Answerer");
        long open = ask(asker, "Unsolved and open", TAGS_LISTS.toArray(String[]::new));
        long answered = ask(asker, "Unsolved but answered", TAGS_LISTS.toArray(String[]::new));
        long solved = ask(asker, "Solved already", TAGS_LISTS.toArray(String[]::new));
        answer(answerer, answered);
        challenges.acceptAnswer(asker, answer(answerer, solved));
        List<Long> mine = List.of(open, answered, solved);

        assertEquals(List.of(answered, open), ids(asker, View.UNSOLVED, false, TAGS_LISTS, mine));
        assertEquals(List.of(answered, open), ids(asker, View.UNSOLVED, true, TAGS_LISTS.subList(0, 2), mine));
        assertEquals(2, challenges.list(asker, View.UNSOLVED, true, TAGS_LISTS, new PageRequest(1, 20)).items()
                .total());
    }

    // ---------------------------------------------------------------- answers

    @Test
    void aFirstAnswerMakesTheChallengeAnsweredAndTellsTheAsker() {
        Viewer asker = member("Answered Asker");
        Viewer answerer = member("First Answerer");
        long id = ask(asker, "How do we join the NHS supply chain?", "nhs-procurement");
        assertEquals(ChallengeStatus.OPEN, challenges.challengePage(asker, id).challenge().status());
        assertTrue(challenges.challengePage(answerer, id).challenge().viewerMayAnswer());

        long answerId = challenges.answer(answerer, id, "<p>Register on the supplier portal first.</p>", false, null,
                List.of()).postId();

        ChallengePageView page = challenges.challengePage(answerer, id);
        assertEquals(ChallengeStatus.ANSWERED, page.challenge().status());
        assertEquals(1, page.challenge().answerCount());
        assertEquals(answerId, page.challenge().viewerAnswerId());
        assertFalse(page.challenge().viewerMayAnswer(), "one answer per member");
        assertEquals(List.of(answerId), page.answers().stream().map(AnswerView::id).toList());
        assertEquals("<p>Register on the supplier portal first.</p>", page.answers().get(0).body().html());
        assertNull(page.answers().get(0).disclosure());
        assertTrue(texts(asker).contains("First Answerer answered your challenge"), texts(asker).toString());
    }

    @Test
    void aMemberAnswersOnceAndEditsInsteadOfAnsweringAgain() {
        Viewer asker = member("Once Asker");
        Viewer answerer = member("Eager Answerer");
        long id = ask(asker, "One answer each, please", "nhs-procurement");
        answer(answerer, id);

        InvalidInput again = assertThrows(InvalidInput.class, () -> answer(answerer, id));

        assertTrue(again.messages().get(InvalidInput.GLOBAL).contains("already answered"),
                again.messages().toString());
        assertEquals(1, challenges.challengePage(asker, id).challenge().answerCount());
        InvalidInput empty = assertThrows(InvalidInput.class,
                () -> challenges.answer(member("Blank Answerer"), id, "<p> </p>", false, null, List.of()));
        assertTrue(empty.messages().containsKey("body"), empty.messages().toString());
    }

    @Test
    void aConflictOfInterestMustBeDisclosedInWords() {
        Viewer asker = member("Conflicted Asker");
        Viewer vendor = member("Vendor Answerer");
        long id = ask(asker, "Which DTAC consultancy should we use?", "dtac");

        InvalidInput silent = assertThrows(InvalidInput.class,
                () -> challenges.answer(vendor, id, "<p>Ours, obviously.</p>", true, "   ", List.of()));
        assertTrue(silent.messages().containsKey("disclosure"), silent.messages().toString());
        InvalidInput rambling = assertThrows(InvalidInput.class, () -> challenges.answer(vendor, id,
                "<p>Ours.</p>", true, "x".repeat(301), List.of()));
        assertTrue(rambling.messages().get("disclosure").contains("300"), rambling.messages().toString());
        assertEquals(0, challenges.challengePage(asker, id).challenge().answerCount(), "nothing was stored");

        challenges.answer(vendor, id, "<p>We run DTAC readiness reviews.</p>", true,
                "  We sell DTAC readiness reviews. ", List.of());

        assertEquals("We sell DTAC readiness reviews.",
                challenges.challengePage(asker, id).answers().get(0).disclosure());
    }

    @Test
    void aDoubleSubmittedAnswerIsStoredOnce() throws Exception {
        Viewer asker = member("Double Asker");
        Viewer answerer = member("Double Submitter");
        long id = ask(asker, "Which notified body has capacity?", "mdr-ivdr");
        List<String> refusals = java.util.Collections.synchronizedList(new ArrayList<>());

        int failures = concurrently(java.util.Collections.nCopies(4, answerer), v -> {
            try {
                answer(v, id);
            } catch (RuntimeException e) {
                refusals.add(e instanceof InvalidInput i ? i.messages().toString() : e.getClass().getName());
                throw e;
            }
        });

        assertEquals(3, failures);
        ChallengePageView page = challenges.challengePage(asker, id);
        assertEquals(1, page.challenge().answerCount());
        assertEquals(1, page.answers().size());
        assertTrue(refusals.stream().allMatch(r -> r.contains("already answered")), refusals.toString());
    }

    @Test
    void visitorsReadingAChallengeWhileMembersAnswerItAreNeitherRefusedNorKeptWaiting() throws Exception {
        Viewer asker = member("Watched Asker");
        long id = ask(asker, "A challenge read while it is answered", "mdr-ivdr");
        List<Viewer> answerers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            answerers.add(member("Busy Answerer " + i));
        }
        List<Viewer> everyone = new ArrayList<>(answerers);
        everyone.addAll(java.util.Collections.nCopies(4, Viewer.anonymous()));
        long started = System.nanoTime();

        int failures = concurrently(everyone, v -> {
            if (v.isAnonymous()) {
                for (int i = 0; i < 10; i++) {
                    challenges.challengePage(v, id);
                }
            } else {
                answer(v, id);
            }
        });

        assertEquals(0, failures);
        assertEquals(4, challenges.challengePage(asker, id).challenge().answerCount());
        assertTrue(java.time.Duration.ofNanos(System.nanoTime() - started).toSeconds() < 10, "no lock waits");
    }

    // ---------------------------------------------------------------- votes and reputation

    @Test
    void votesMoveScoresAndTheAuthorsReputationByExactlyReputationsAmounts() {
        Viewer asker = member("Voted Asker");
        Viewer answerer = member("Voted Answerer");
        Viewer voter = member("Careful Voter");
        long id = ask(asker, "Is a DPIA needed for a pilot?", "data-protection");
        long answerId = answer(answerer, id);

        assertEquals(1, challenges.voteOnAnswer(voter, answerId, 1));
        assertEquals(Reputation.ofVote(true, 1), reputation(answerer));
        assertEquals(1, challenges.voteOnAnswer(voter, answerId, 1), "the same vote again is no change");
        assertEquals(Reputation.ofVote(true, 1), reputation(answerer));

        assertEquals(-1, challenges.voteOnAnswer(voter, answerId, -1));
        assertEquals(Reputation.ofVote(true, -1), reputation(answerer));
        assertEquals(-1, challenges.challengePage(voter, id).answers().get(0).viewerVote());

        assertEquals(0, challenges.voteOnAnswer(voter, answerId, 0));
        assertEquals(0, reputation(answerer));
        assertEquals(0, challenges.challengePage(voter, id).answers().get(0).viewerVote());
        assertEquals(0, challenges.voteOnAnswer(voter, answerId, 0), "removing a vote that is not there");

        assertEquals(1, challenges.voteOnChallenge(voter, id, 1));
        assertEquals(Reputation.CHALLENGE_UPVOTE, reputation(asker));
        assertEquals(1, challenges.challengePage(voter, id).challenge().viewerVote());
        assertEquals(-1, challenges.voteOnChallenge(voter, id, -1));
        assertEquals(-Reputation.DOWNVOTE, reputation(asker));
        assertEquals(0, challenges.voteOnChallenge(voter, id, 0));
        assertEquals(0, reputation(asker));
        assertEquals(0, challenges.challengePage(asker, id).challenge().score());
        assertEquals(0, reputation(voter), "voting costs the voter nothing");
    }

    @Test
    void nobodyVotesOnTheirOwnPostsOrOutsideMinusOneToOne() {
        Viewer asker = member("Vain Asker");
        Viewer answerer = member("Vain Answerer");
        long id = ask(asker, "Can I upvote myself?", "data-protection");
        long answerId = answer(answerer, id);

        assertThrows(Forbidden.class, () -> challenges.voteOnChallenge(asker, id, 1));
        assertThrows(Forbidden.class, () -> challenges.voteOnAnswer(answerer, answerId, 1));
        InvalidInput tooMuch = assertThrows(InvalidInput.class, () -> challenges.voteOnAnswer(asker, answerId, 2));
        assertTrue(tooMuch.messages().containsKey(InvalidInput.GLOBAL));
        assertEquals(0, reputation(asker));
        assertEquals(0, reputation(answerer));
        assertFalse(challenges.challengePage(asker, id).challenge().viewerMayVote());
        assertTrue(challenges.challengePage(answerer, id).challenge().viewerMayVote());
        assertFalse(challenges.challengePage(answerer, id).answers().get(0).viewerMayVote());
    }

    @Test
    void oneMemberVotingUpEightTimesAtOnceCountsOnce() throws Exception {
        Viewer asker = member("Hammered Asker");
        Viewer answerer = member("Hammered Answerer");
        Viewer voter = member("Double Clicker");
        long id = ask(asker, "Double clicks on the vote button", "funding-grants");
        long answerId = answer(answerer, id);

        int failures = concurrently(java.util.Collections.nCopies(8, voter), v -> {
            challenges.voteOnAnswer(v, answerId, 1);
            challenges.voteOnChallenge(v, id, 1);
        });

        assertEquals(0, failures);
        assertEquals(1, challenges.challengePage(asker, id).answers().get(0).score());
        assertEquals(1, challenges.challengePage(asker, id).challenge().score());
        assertEquals(Reputation.ANSWER_UPVOTE, reputation(answerer));
        assertEquals(Reputation.CHALLENGE_UPVOTE, reputation(asker));
    }

    @Test
    void sixMembersVotingAtOnceAreAllCounted() throws Exception {
        Viewer asker = member("Popular Asker");
        Viewer answerer = member("Popular Answerer");
        long id = ask(asker, "A challenge everyone likes", "funding-grants");
        long answerId = answer(answerer, id);
        List<Viewer> voters = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            voters.add(member("Crowd Voter " + i));
        }

        int failures = concurrently(voters, v -> {
            challenges.voteOnAnswer(v, answerId, 1);
            challenges.voteOnChallenge(v, id, 1);
        });

        assertEquals(0, failures);
        ChallengePageView page = challenges.challengePage(asker, id);
        assertEquals(6, page.answers().get(0).score());
        assertEquals(6, page.challenge().score());
        assertEquals(6 * Reputation.ANSWER_UPVOTE, reputation(answerer));
        assertEquals(6 * Reputation.CHALLENGE_UPVOTE, reputation(asker));
    }

    // ---------------------------------------------------------------- acceptance

    @Test
    void onlyTheAskerOrAModeratorAcceptsAndTheFifteenPointsFollowTheAcceptance() {
        Viewer asker = member("Accepting Asker");
        Viewer first = member("First Candidate");
        Viewer second = member("Second Candidate");
        Viewer bystander = member("Meddling Bystander");
        Viewer moderator = withRole(member("Challenge Moderator"), Role.MODERATOR);
        long id = ask(asker, "Which tender framework fits us?", "nhs-procurement");
        long firstAnswer = answer(first, id);
        long secondAnswer = answer(second, id);

        assertThrows(Forbidden.class, () -> challenges.acceptAnswer(bystander, firstAnswer));
        assertThrows(Forbidden.class, () -> challenges.acceptAnswer(first, firstAnswer), "not even its author");
        assertEquals(ChallengeStatus.ANSWERED, status(asker, id));

        challenges.acceptAnswer(asker, firstAnswer);
        assertEquals(ChallengeStatus.SOLVED, status(asker, id));
        assertEquals(Reputation.ACCEPTED, reputation(first));
        assertTrue(texts(first).contains("Accepting Asker accepted your answer to"), texts(first).toString());
        challenges.acceptAnswer(asker, firstAnswer);
        assertEquals(Reputation.ACCEPTED, reputation(first), "accepting it again changes nothing");

        challenges.acceptAnswer(asker, secondAnswer);
        assertEquals(0, reputation(first));
        assertEquals(Reputation.ACCEPTED, reputation(second));
        ChallengePageView page = challenges.challengePage(asker, id);
        assertEquals(ChallengeStatus.SOLVED, page.challenge().status());
        assertEquals(secondAnswer, page.answers().get(0).id(), "the accepted answer comes first");
        assertTrue(page.answers().get(0).accepted());
        assertFalse(page.answers().get(1).accepted());
        assertTrue(page.challenge().viewerMayWithdrawAcceptance());

        assertThrows(Forbidden.class, () -> challenges.withdrawAcceptance(bystander, id));
        challenges.withdrawAcceptance(asker, id);
        assertEquals(ChallengeStatus.ANSWERED, status(asker, id));
        assertEquals(0, reputation(second));
        assertTrue(challenges.challengePage(asker, id).answers().stream().noneMatch(AnswerView::accepted));

        challenges.acceptAnswer(moderator, firstAnswer);
        assertEquals(ChallengeStatus.SOLVED, status(asker, id));
        assertEquals(Reputation.ACCEPTED, reputation(first));
        challenges.withdrawAcceptance(moderator, id);
        assertEquals(0, reputation(first));
        assertEquals(ChallengeStatus.ANSWERED, status(asker, id));
    }

    @Test
    void acceptingYourOwnAnswerSolvesTheChallengeButEarnsNothing() {
        Viewer asker = member("Self Solver");
        Viewer other = member("Overtaken Answerer");
        long id = ask(asker, "Found it myself in the end", "clinical-evidence");
        long own = answer(asker, id);
        long others = answer(other, id);

        challenges.acceptAnswer(asker, own);
        assertEquals(ChallengeStatus.SOLVED, status(asker, id));
        assertEquals(0, reputation(asker));

        challenges.acceptAnswer(asker, others);
        assertEquals(0, reputation(asker), "moving the acceptance away takes nothing either");
        assertEquals(Reputation.ACCEPTED, reputation(other));
        challenges.acceptAnswer(asker, own);
        assertEquals(0, reputation(asker));
        assertEquals(0, reputation(other));
    }

    @Test
    void deletingTheAcceptedAnswerTakesEverythingItEarnedAndUnsolvesTheChallenge() {
        Viewer asker = member("Bereft Asker");
        Viewer author = member("Deleting Author");
        Viewer other = member("Remaining Answerer");
        Viewer voter = member("Early Voter");
        long id = ask(asker, "Who certifies to ISO 14155?", "clinical-evidence");
        long doomed = answer(author, id);
        long remaining = answer(other, id);
        challenges.voteOnAnswer(voter, doomed, 1);
        challenges.markHelpful(asker, doomed, true);
        challenges.acceptAnswer(asker, doomed);
        assertEquals(Reputation.ofAnswer(1, 0, true, true), reputation(author));

        posts.deletePost(author, doomed);

        assertEquals(0, reputation(author));
        ChallengePageView page = challenges.challengePage(asker, id);
        assertEquals(ChallengeStatus.ANSWERED, page.challenge().status());
        assertEquals(1, page.challenge().answerCount());
        assertEquals(List.of(remaining), page.answers().stream().map(AnswerView::id).toList());
        assertFalse(page.challenge().viewerMayWithdrawAcceptance());
        assertTrue(challenges.challengePage(author, id).challenge().viewerMayAnswer(),
                "a deleted answer frees its author to answer again");

        posts.deletePost(other, remaining);
        assertEquals(ChallengeStatus.OPEN, status(asker, id));
        assertEquals(0, challenges.challengePage(asker, id).challenge().answerCount());
    }

    @Test
    void aDeletedChallengeIsGoneFromItsPageAndTheLists() {
        Viewer asker = member("Hasty Asker");
        long id = ask(asker, "Posted by mistake and deleted", "regulation-ukca", "clinical-evidence");
        int tagged = tags.tag("regulation-ukca").challengeCount();

        posts.deletePost(asker, challenges.challengePage(asker, id).challenge().postId());

        assertThrows(org.clusterforum.platform.validation.NotFound.class, () -> challenges.challengePage(asker, id));
        assertEquals(List.of(), ids(asker, View.NEWEST, true, List.of(), List.of(id)));
        assertEquals(List.of(), ids(asker, View.NEWEST, false, List.of(), List.of(id)));
        assertEquals(List.of(), ids(asker, View.UNANSWERED, false, List.of("regulation-ukca"), List.of(id)));
        assertEquals(tagged - 1, tags.tag("regulation-ukca").challengeCount());
    }

    // ---------------------------------------------------------------- helpful marks

    @Test
    void theAskerMarksAnswersHelpfulForFivePointsAndNobodyElseCan() {
        Viewer asker = member("Grateful Asker");
        Viewer answerer = member("Helpful Answerer");
        Viewer other = member("Would-be Judge");
        long id = ask(asker, "Any tips for an i4i bid?", "funding-grants");
        long answerId = answer(answerer, id);
        long ownAnswer = answer(asker, id);

        assertThrows(Forbidden.class, () -> challenges.markHelpful(other, answerId, true));
        assertThrows(Forbidden.class, () -> challenges.markHelpful(answerer, answerId, true));
        assertThrows(Forbidden.class, () -> challenges.markHelpful(asker, ownAnswer, true));
        assertEquals(0, reputation(answerer));

        challenges.markHelpful(asker, answerId, true);
        assertEquals(Reputation.HELPFUL, reputation(answerer));
        challenges.markHelpful(asker, answerId, true);
        assertEquals(Reputation.HELPFUL, reputation(answerer), "marking twice counts once");
        assertTrue(challenges.challengePage(asker, id).answers().stream().filter(a -> a.id() == answerId)
                .findFirst().orElseThrow().helpful());
        assertEquals(ChallengeStatus.ANSWERED, status(asker, id), "helpful is not accepted");

        challenges.markHelpful(asker, answerId, false);
        assertEquals(0, reputation(answerer));
    }

    // ---------------------------------------------------------------- comments

    @Test
    void commentsMustBeShortButNotTooShortAndTellThePostsAuthor() {
        Viewer asker = member("Commented Asker");
        Viewer answerer = member("Commented Answerer");
        Viewer commenter = member("Curious Commenter");
        Viewer second = member("Second Commenter");
        long id = ask(asker, "Do we need a clinical safety officer?", "ai-medical-devices");
        long answerId = answer(answerer, id);
        long challengePost = challenges.challengePage(asker, id).challenge().postId();
        notifications.markAllRead(asker);
        notifications.markAllRead(answerer);

        InvalidInput tooShort = assertThrows(InvalidInput.class,
                () -> challenges.comment(commenter, id, answerId, " ok "));
        assertTrue(tooShort.messages().containsKey("comment"), tooShort.messages().toString());
        InvalidInput tooLong = assertThrows(InvalidInput.class,
                () -> challenges.comment(commenter, id, answerId, "y".repeat(601)));
        assertTrue(tooLong.messages().get("comment").contains("600"), tooLong.messages().toString());
        assertEquals(0, notifications.unreadCount(answerer));

        challenges.comment(commenter, id, answerId, "Which standard do you mean here?");
        challenges.comment(commenter, id, challengePost, "Is the device already on the market?");

        assertEquals(List.of("Curious Commenter commented on your post in"), unreadTexts(answerer));
        assertEquals(List.of("Curious Commenter commented on your post in"), unreadTexts(asker));
        NotificationView n = notifications.page(answerer, new PageRequest(1, 20)).items().get(0);
        assertEquals("Do we need a clinical safety officer?", n.threadTitle());
        challenges.comment(second, id, answerId, "Same question from me.");
        assertEquals(List.of("Second Commenter and 1 other commented on your post in"), unreadTexts(answerer));

        ChallengePageView page = challenges.challengePage(asker, id);
        assertEquals(List.of("Which standard do you mean here?", "Same question from me."),
                page.answers().get(0).comments().stream().map(c -> c.body()).toList());
        assertEquals(List.of("Is the device already on the market?"),
                page.challenge().comments().stream().map(c -> c.body()).toList());
        challenges.comment(answerer, id, answerId, "Replying to my own answer.");
        assertEquals(1, notifications.unreadCount(answerer), "no notification of your own comment");
    }

    // ---------------------------------------------------------------- experts

    @Test
    void aNewChallengeInvitesTheThreeBestMatchingExpertsAndDeclinesPassItOn() {
        Viewer asker = expert("Expert Asker", TAGS_INVITATIONS); // matches best, but never invited to their own
        Viewer all1 = expert("Expert All One", TAGS_INVITATIONS);
        Viewer all2 = expert("Expert All Two", TAGS_INVITATIONS);
        Viewer two1 = expert("Expert Two One", List.of("ip-patents", "usability-human-factors"));
        Viewer two2 = expert("Expert Two Two", List.of("usability-human-factors", "manufacturing", "dtac"));
        Viewer one = expert("Expert One Tag", List.of("manufacturing"));
        Viewer plain = member("Plain Member");
        assertThrows(Forbidden.class, () -> experts.declareExpertise(plain, List.of("ip-patents")));

        long id = ask(asker, "Protecting a usability-tested design before manufacturing",
                TAGS_INVITATIONS.toArray(String[]::new));

        ChallengePageView page = challenges.challengePage(asker, id);
        assertEquals(Set.of(all1.memberId(), all2.memberId(), two1.memberId()),
                Set.copyOf(expertIds(page.invitations())),
                "most matching tags first; of equal scores the longer-standing member (two1, not two2)");
        assertTrue(page.invitations().stream().allMatch(InvitationView::matched));
        assertTrue(page.invitations().stream().allMatch(i -> i.statusLabel().equals("Waiting for a reply")));
        assertEquals(two2.memberId(), page.suggestions().get(0).memberId(), "the next best is suggested");
        assertEquals(List.of("Manufacturing", "Usability and human factors"),
                page.suggestions().get(0).matchingTags());
        assertTrue(challenges.challengePage(plain, id).invitations().isEmpty(), "only the asker sees invitations");
        assertEquals("Waiting for a reply", challenges.challengePage(all1, id).viewerInvitation().statusLabel());
        assertNull(challenges.challengePage(two2, id).viewerInvitation());

        assertEquals(1, invitationNotices(all1, "Expert Asker"), texts(all1).toString());
        assertEquals(1, invitationNotices(two1, "Expert Asker"), texts(two1).toString());
        assertEquals(0, invitationNotices(two2, "Expert Asker"), texts(two2).toString());
        assertEquals("Protecting a usability-tested design before manufacturing",
                notifications.page(all1, new PageRequest(1, 20)).items().get(0).threadTitle());

        ForMe forAll1 = experts.forMe(all1, 10);
        assertTrue(forAll1.expert());
        assertTrue(forAll1.invited().stream().anyMatch(i -> i.challenge().id() == id && i.pending()));
        assertTrue(forAll1.inMyTags().stream().noneMatch(i -> i.id() == id), "not twice");
        ForMe forOne = experts.forMe(one, 10);
        assertTrue(forOne.invited().stream().noneMatch(i -> i.challenge().id() == id));
        assertTrue(forOne.inMyTags().stream().anyMatch(i -> i.id() == id), "unsolved in their tags");
        assertTrue(experts.forMe(asker, 10).inMyTags().stream().noneMatch(i -> i.id() == id), "not their own");

        experts.declineInvitation(all1, id);

        page = challenges.challengePage(asker, id);
        assertEquals(4, page.invitations().size());
        assertEquals(two2.memberId(), page.invitations().get(3).expertId(),
                "the declined invitation passes to the next best expert");
        assertTrue(page.invitations().get(3).matched());
        assertEquals("Declined", invitation(page, all1).statusLabel());
        assertEquals(1, invitationNotices(two2, "Expert Asker"), texts(two2).toString());
        assertTrue(experts.forMe(all1, 10).invited().stream().noneMatch(i -> i.challenge().id() == id));
        experts.declineInvitation(all1, id);
        assertEquals(4, challenges.challengePage(asker, id).invitations().size(), "declining twice changes nothing");

        experts.acceptInvitation(all2, id);
        assertEquals("Accepted", invitation(challenges.challengePage(asker, id), all2).statusLabel());
        ForMe.Invited accepted = experts.forMe(all2, 10).invited().stream().filter(i -> i.challenge().id() == id)
                .findFirst().orElseThrow();
        assertFalse(accepted.pending());
        assertEquals("Accepted", accepted.statusLabel());

        answer(two1, id);
        assertEquals("Answered", invitation(challenges.challengePage(asker, id), two1).statusLabel());
        assertTrue(experts.forMe(two1, 10).invited().stream().noneMatch(i -> i.challenge().id() == id));

        // the asker invites someone by hand
        assertThrows(Forbidden.class, () -> experts.invite(plain, id, one.memberId()));
        InvalidInput notExpert = assertThrows(InvalidInput.class, () -> experts.invite(asker, id, plain.memberId()));
        assertTrue(notExpert.messages().get(InvalidInput.GLOBAL).contains("Only experts"));
        experts.invite(asker, id, one.memberId());
        experts.invite(asker, id, one.memberId());
        page = challenges.challengePage(asker, id);
        assertEquals(5, page.invitations().size(), "inviting twice changes nothing");
        InvitationView byHand = page.invitations().get(4);
        assertEquals(one.memberId(), byHand.expertId());
        assertFalse(byHand.matched());
        assertEquals("Expert One Tag", byHand.expertName());
        assertEquals(1, invitationNotices(one, "Expert Asker"), texts(one).toString());
        assertEquals(1, texts(one).size(), texts(one).toString());
        assertTrue(experts.forMe(one, 10).invited().stream().anyMatch(i -> i.challenge().id() == id && i.pending()));
    }

    @Test
    void expertsWithOpenInvitationsRankBelowAnEquallyMatchedExpertWithNone() {
        Viewer x = expert("Workload Expert X", TAGS_WORKLOAD);
        Viewer y = expert("Workload Expert Y", TAGS_WORKLOAD);
        Viewer z = expert("Workload Expert Z", TAGS_WORKLOAD);
        Viewer w = expert("Workload Expert W", TAGS_WORKLOAD);
        String[] tagged = TAGS_WORKLOAD.toArray(String[]::new);

        Viewer firstAsker = member("First Workload Asker");
        long first = ask(firstAsker, "Raising a seed round for an EPR plug-in", tagged);
        assertEquals(Set.of(x.memberId(), y.memberId(), z.memberId()),
                Set.copyOf(expertIds(challenges.challengePage(firstAsker, first).invitations())));

        Viewer secondAsker = member("Second Workload Asker");
        long second = ask(secondAsker, "Due diligence on our QMS and FHIR APIs", tagged);

        ChallengePageView page = challenges.challengePage(secondAsker, second);
        assertEquals(z.memberId(), page.suggestions().get(0).memberId(), "Z is next");
        assertEquals(1, page.suggestions().get(0).openInvitations());
        assertEquals(Set.of(w.memberId(), x.memberId(), y.memberId()), Set.copyOf(expertIds(page.invitations())),
                "W has nothing on their plate, so W goes first; X, Y and Z each hold one open invitation (26 points),"
                        + " the longer-standing X and Y win the tie");
    }

    @Test
    void aMemberRequestsTheExpertRoleAndAnAdministratorGrantsIt() {
        long memberId = register("Aspiring Expert", unique("aspiring@example.org"));
        Viewer aspiring = viewer(memberId);
        Viewer refusedOne = member("Refused Aspirant");
        Viewer admin = withRole(member("Expert Admin"), Role.ADMIN);
        Viewer moderator = withRole(member("Not An Admin"), Role.MODERATOR);

        InvalidInput terse = assertThrows(InvalidInput.class, () -> experts.requestExpertRole(aspiring, "I know."));
        assertTrue(terse.messages().containsKey("motivation"));
        assertFalse(experts.hasPendingRequest(aspiring));

        String motivation = "Ten years of health economics at a NICE external assessment group.";
        experts.requestExpertRole(aspiring, motivation);
        experts.requestExpertRole(aspiring, motivation + " Again.");
        experts.requestExpertRole(refusedOne, "I have sold things to hospitals for a long time.");
        assertTrue(experts.hasPendingRequest(aspiring));
        assertThrows(Forbidden.class, () -> experts.pendingRequests(aspiring));
        assertThrows(Forbidden.class, () -> experts.pendingRequests(moderator));

        List<ExpertRequestView> mine = experts.pendingRequests(admin).stream()
                .filter(r -> r.memberId() == memberId).toList();
        assertEquals(1, mine.size(), "one pending request at a time");
        assertEquals(motivation, mine.get(0).motivation());
        assertEquals("Aspiring Expert", mine.get(0).memberName());
        long refusedRequest = experts.pendingRequests(admin).stream()
                .filter(r -> r.memberId() == refusedOne.memberId()).findFirst().orElseThrow().id();
        assertThrows(Forbidden.class, () -> experts.decideExpertRequest(moderator, mine.get(0).id(), true));
        assertEquals(Role.MEMBER, accounts.profile(memberId).role());

        experts.decideExpertRequest(admin, mine.get(0).id(), true);
        experts.decideExpertRequest(admin, refusedRequest, false);

        assertEquals(Role.EXPERT, accounts.profile(memberId).role());
        assertEquals(Role.MEMBER, accounts.profile(refusedOne.memberId()).role());
        assertFalse(experts.hasPendingRequest(aspiring));
        assertTrue(experts.pendingRequests(admin).stream().noneMatch(r -> r.memberId() == memberId
                || r.memberId() == refusedOne.memberId()));
        Viewer nowExpert = viewer(memberId);
        assertEquals(Role.EXPERT, nowExpert.role());
        experts.declareExpertise(nowExpert, List.of(TAG_GRANTED));
        assertEquals(List.of(TAG_GRANTED), experts.expertiseOf(memberId).stream().map(TagView::slug).toList());
        InvalidInput already = assertThrows(InvalidInput.class,
                () -> experts.requestExpertRole(nowExpert, "Asking again although I am one already."));
        assertTrue(already.messages().containsKey(InvalidInput.GLOBAL));
        assertThrows(Forbidden.class, () -> experts.declareExpertise(refusedOne, List.of(TAG_GRANTED)));
    }

    // ---------------------------------------------------------------- visitors

    @Test
    void aVisitorReadsChallengesButCannotAnswerVoteOrComment() {
        Viewer asker = member("Visited Asker");
        Viewer answerer = member("Visited Answerer");
        long id = ask(asker, "Public question for visitors", "market-access");
        long answerId = answer(answerer, id);
        Viewer visitor = Viewer.anonymous();

        ChallengePageView page = challenges.challengePage(visitor, id);
        assertEquals("Public question for visitors", page.challenge().title());
        assertEquals(List.of(answerId), page.answers().stream().map(AnswerView::id).toList());
        assertFalse(page.challenge().viewerMayAnswer());
        assertFalse(page.challenge().viewerMayVote());
        assertFalse(page.challenge().viewerMayComment());
        assertFalse(page.answers().get(0).viewerMayVote());
        assertTrue(page.invitations().isEmpty());
        assertNull(page.viewerInvitation());
        assertTrue(challenges.list(visitor, View.NEWEST, false, List.of("market-access"), new PageRequest(1, 20))
                .items().items().stream().anyMatch(i -> i.id() == id));

        assertThrows(Forbidden.class, () -> challenges.answer(visitor, id, "<p>Drive-by</p>", false, null,
                List.of()));
        assertThrows(Forbidden.class, () -> challenges.voteOnChallenge(visitor, id, 1));
        assertThrows(Forbidden.class, () -> challenges.voteOnAnswer(visitor, answerId, 1));
        assertThrows(Forbidden.class, () -> challenges.comment(visitor, id, answerId, "Anonymous remark"));
        assertThrows(Forbidden.class, () -> challenges.acceptAnswer(visitor, answerId));
        assertThrows(Forbidden.class, () -> challenges.list(visitor, View.NEWEST, true, List.of(),
                new PageRequest(1, 20)));
        assertThrows(Forbidden.class, () -> ask(visitor, "A visitor's challenge", "market-access"));
        assertEquals(0, reputation(answerer));
        assertEquals(1, challenges.challengePage(asker, id).challenge().answerCount());
    }

    // ---------------------------------------------------------------- helpers

    private long ask(Viewer asker, String title, String... tagSlugs) {
        return challenges.askChallenge(asker, new AskForm(title, "<p>Details of: " + title + "</p>",
                Arrays.asList(tagSlugs), null, List.of()));
    }

    private long answer(Viewer answerer, long challengeId) {
        return challenges.answer(answerer, challengeId, "<p>An answer by " + answerer.displayName() + "</p>",
                false, null, List.of()).postId();
    }

    private ChallengeStatus status(Viewer viewer, long challengeId) {
        return challenges.challengePage(viewer, challengeId).challenge().status();
    }

    private int reputation(Viewer member) {
        return accounts.profile(member.memberId()).reputation();
    }

    /** The ids among {@code ours} that a list shows (first page), in its order. */
    private List<Long> ids(Viewer viewer, View view, boolean mine, List<String> tagSlugs, List<Long> ours) {
        return challenges.list(viewer, view, mine, tagSlugs, new PageRequest(1, 100)).items().items().stream()
                .map(ChallengeItem::id).filter(ours::contains).toList();
    }

    private static InvitationView invitation(ChallengePageView page, Viewer expert) {
        return page.invitations().stream().filter(i -> i.expertId() == expert.memberId()).findFirst().orElseThrow();
    }

    private static List<Long> expertIds(List<InvitationView> invitations) {
        return invitations.stream().map(InvitationView::expertId).toList();
    }

    private List<String> texts(Viewer viewer) {
        return notifications.page(viewer, new PageRequest(1, 50)).items().stream().map(NotificationView::text)
                .toList();
    }

    /** How many of the viewer's notifications invite them as an expert to a challenge of {@code asker}. */
    private long invitationNotices(Viewer viewer, String asker) {
        return texts(viewer).stream().filter(t -> t.contains(" as an expert ") && t.contains(asker)).count();
    }

    private List<String> unreadTexts(Viewer viewer) {
        return notifications.page(viewer, new PageRequest(1, 50)).items().stream().filter(NotificationView::unread)
                .map(NotificationView::text).toList();
    }

    /** Runs {@code action} once per viewer, all at the same time on container threads; returns how many failed. */
    private int concurrently(List<Viewer> viewers, java.util.function.Consumer<Viewer> action) throws Exception {
        AtomicInteger failures = new AtomicInteger();
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (Viewer v : viewers) {
            done.add(executor.submit((Callable<Void>) () -> {
                start.await();
                try {
                    action.accept(v);
                } catch (RuntimeException e) {
                    failures.incrementAndGet();
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        return failures.get();
    }

    private Viewer member(String name) {
        return viewer(register(name, unique(name.toLowerCase().replaceAll("[^a-z]+", "-") + "@example.org")));
    }

    /** A member given the EXPERT role who declares these tags. */
    private Viewer expert(String name, List<String> tagSlugs) {
        Viewer expert = withRole(member(name), Role.EXPERT);
        experts.declareExpertise(expert, tagSlugs);
        return expert;
    }

    private Viewer withRole(Viewer member, Role role) {
        accounts.grantRole(member.memberId(), role);
        Viewer granted = viewer(member.memberId());
        assertEquals(role, granted.role());
        return granted;
    }

    private long register(String name, String email) {
        long[] registered = new long[1];
        // as an account made while email is off: its address counts as confirmed, no confirmation email
        org.clusterforum.platform.security.TrustedWrites.run(() -> registered[0] = accounts.register(
                new Registration(name, email, PASSWORD, null, "Test Org " + name, OrganisationKind.COMPANY)));
        return registered[0];
    }

    private Viewer viewer(long memberId) {
        return accounts.viewerOf(memberId).orElseThrow();
    }

    private static String unique(String email) {
        return UUID.randomUUID().toString().substring(0, 8) + "-" + email;
    }
}
