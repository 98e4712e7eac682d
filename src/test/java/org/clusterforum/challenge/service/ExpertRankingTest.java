package org.clusterforum.challenge.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.clusterforum.challenge.service.ExpertRanking.Candidate;
import org.junit.jupiter.api.Test;

class ExpertRankingTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private static Candidate expert(long id, int tags, long accepted, Instant lastActive, long open) {
        return new Candidate(id, "Expert " + id, tags, accepted, lastActive, open);
    }

    private static Instant ago(Duration d) {
        return NOW.minus(d);
    }

    private static List<Long> ranked(Candidate... candidates) {
        return ExpertRanking.rank(List.of(candidates), NOW).stream().map(Candidate::memberId).toList();
    }

    @Test
    void eachMatchingTagIsWorthTenPoints() {
        assertEquals(0, expert(1, 0, 0, null, 0).score(NOW));
        assertEquals(10, expert(1, 1, 0, null, 0).score(NOW));
        assertEquals(30, expert(1, 3, 0, null, 0).score(NOW));
    }

    @Test
    void moreMatchingTagsRankFirstAllElseEqual() {
        assertEquals(List.of(3L, 2L, 1L), ranked(expert(1, 1, 0, null, 0), expert(2, 2, 0, null, 0),
                expert(3, 3, 0, null, 0)));
    }

    @Test
    void oneMoreMatchingTagOutweighsRecencyAndAnOpenInvitation() {
        // 3 tags, never active, one open invitation: 30 - 4 = 26; 2 tags, active today: 20 + 6 = 26 -> tie on
        // score, more matching tags first
        assertEquals(List.of(2L, 1L), ranked(expert(1, 2, 0, NOW, 0), expert(2, 3, 0, null, 1)));
        // 3 tags, never active: 30; 2 tags, active today: 26
        assertEquals(List.of(2L, 1L), ranked(expert(1, 2, 0, NOW, 0), expert(2, 3, 0, null, 0)));
    }

    @Test
    void oneMoreMatchingTagOutweighsRecencyAndOneAcceptedAnswer() {
        // 2 tags + 1 accepted + active today = 20 + 3 + 6 = 29 < 30
        assertEquals(List.of(2L, 1L), ranked(expert(1, 2, 1, ago(Duration.ofHours(1)), 0),
                expert(2, 3, 0, null, 0)));
    }

    @Test
    void acceptedAnswersInTheTagsCountThreePointsEachUpToTen() {
        assertEquals(10 + 3, expert(1, 1, 1, null, 0).score(NOW));
        assertEquals(10 + 30, expert(1, 1, 10, null, 0).score(NOW));
        assertEquals(10 + 30, expert(1, 1, 11, null, 0).score(NOW), "capped at ten accepted answers");
        assertEquals(10 + 30, expert(1, 1, 5_000, null, 0).score(NOW));
        assertEquals(List.of(2L, 1L), ranked(expert(1, 2, 0, null, 0), expert(2, 2, 2, null, 0)));
    }

    @Test
    void recencyGivesSixThreeOneOrNothing() {
        assertEquals(6, ExpertRanking.recency(NOW, NOW));
        assertEquals(6, ExpertRanking.recency(ago(Duration.ofDays(7)), NOW), "exactly a week is still recent");
        assertEquals(3, ExpertRanking.recency(ago(Duration.ofDays(7).plusSeconds(1)), NOW));
        assertEquals(3, ExpertRanking.recency(ago(Duration.ofDays(30)), NOW));
        assertEquals(1, ExpertRanking.recency(ago(Duration.ofDays(30).plusSeconds(1)), NOW));
        assertEquals(1, ExpertRanking.recency(ago(Duration.ofDays(90)), NOW));
        assertEquals(0, ExpertRanking.recency(ago(Duration.ofDays(90).plusSeconds(1)), NOW));
        assertEquals(0, ExpertRanking.recency(ago(Duration.ofDays(3650)), NOW));
        assertEquals(0, ExpertRanking.recency(null, NOW), "never posted");
    }

    @Test
    void recentlyActiveExpertsRankBeforeIdleOnes() {
        assertEquals(List.of(4L, 3L, 2L, 1L), ranked(expert(1, 2, 0, null, 0),
                expert(2, 2, 0, ago(Duration.ofDays(60)), 0), expert(3, 2, 0, ago(Duration.ofDays(20)), 0),
                expert(4, 2, 0, ago(Duration.ofDays(2)), 0)));
    }

    @Test
    void eachOpenInvitationCountsFourPointsAgainst() {
        assertEquals(30 - 4, expert(1, 3, 0, null, 1).score(NOW));
        assertEquals(30 - 12, expert(1, 3, 0, null, 3).score(NOW));
        assertEquals(List.of(2L, 1L), ranked(expert(1, 3, 0, null, 2), expert(2, 3, 0, null, 0)),
                "work spreads to the expert with nothing on their plate");
    }

    @Test
    void manyOpenInvitationsCanPushAnExpertBelowOneWithFewerMatchingTags() {
        // 30 - 3 * 4 = 18 < 20
        assertEquals(List.of(2L, 1L), ranked(expert(1, 3, 0, null, 3), expert(2, 2, 0, null, 0)));
    }

    @Test
    void equalScoresGoToMoreMatchingTags() {
        Candidate threeTagsBusy = expert(9, 3, 0, null, 1); // 26
        Candidate twoTagsTwoAccepted = expert(1, 2, 2, null, 0); // 26
        assertEquals(threeTagsBusy.score(NOW), twoTagsTwoAccepted.score(NOW));
        assertEquals(List.of(9L, 1L), ranked(twoTagsTwoAccepted, threeTagsBusy));
    }

    @Test
    void equalScoresAndTagsGoToTheLongerStandingMember() {
        assertEquals(List.of(3L, 7L, 12L), ranked(expert(12, 2, 0, null, 0), expert(3, 2, 0, null, 0),
                expert(7, 2, 0, null, 0)));
    }

    @Test
    void rankingKeepsEveryCandidateAndAcceptsAnEmptyList() {
        assertTrue(ExpertRanking.rank(List.of(), NOW).isEmpty());
        assertEquals(5, ExpertRanking.rank(List.of(expert(1, 1, 0, null, 0), expert(2, 1, 0, null, 0),
                expert(3, 1, 0, null, 0), expert(4, 1, 0, null, 0), expert(5, 1, 0, null, 0)), NOW).size());
    }

    @Test
    void aNewChallengeInvitesThreeExperts() {
        assertEquals(3, ExpertRanking.INVITED_PER_CHALLENGE);
    }

    @Test
    void aFullExampleRanksAsTheWeightsSay() {
        Candidate idleVeteran = expert(1, 2, 10, ago(Duration.ofDays(400)), 0); // 20 + 30 + 0 = 50
        Candidate busyGeneralist = expert(2, 3, 4, NOW, 5); // 30 + 12 + 6 - 20 = 28
        Candidate freshSpecialist = expert(3, 3, 0, ago(Duration.ofDays(10)), 0); // 30 + 0 + 3 = 33
        Candidate newcomer = expert(4, 1, 0, null, 0); // 10
        assertEquals(50, idleVeteran.score(NOW));
        assertEquals(28, busyGeneralist.score(NOW));
        assertEquals(33, freshSpecialist.score(NOW));
        assertEquals(List.of(1L, 3L, 2L, 4L), ranked(newcomer, busyGeneralist, freshSpecialist, idleVeteran));
    }
}
