package org.clusterforum.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.clusterforum.challenge.service.AskForm;
import org.clusterforum.challenge.service.ChallengeService;
import org.clusterforum.discussion.service.DiscussionService;
import org.clusterforum.group.model.GroupVisibility;
import org.clusterforum.group.service.GroupEntryView;
import org.clusterforum.group.service.GroupForm;
import org.clusterforum.group.service.GroupService;
import org.clusterforum.platform.security.Viewer;

/**
 * Demo groups, one of each visibility, with members, a pending request and invitation, and content only their
 * members see. Seeded through the ordinary services (invitations accepted like a member would).
 */
@ApplicationScoped
class DemoGroups {

    @Inject
    GroupService groups;

    @Inject
    DiscussionService discussions;

    @Inject
    ChallengeService challenges;

    /** Seeds the groups; {@code members} by e-mail. Returns how many groups. */
    int seed(Map<String, Viewer> members) {
        Viewer helen = members.get(DemoContent.ADMIN_EMAIL);
        Viewer priya = members.get(DemoContent.EXPERT_EMAIL);
        Viewer marcus = members.get(DemoContent.DATA_EXPERT_EMAIL);
        Viewer rachel = members.get(DemoContent.MARKET_EXPERT_EMAIL);
        Viewer david = members.get(DemoContent.EVIDENCE_EXPERT_EMAIL);
        Viewer sam = members.get(DemoContent.MEMBER_EMAIL);
        Viewer gareth = members.get(DemoContent.PROCUREMENT_EMAIL);
        Viewer aisha = members.get(DemoContent.RESEARCHER_EMAIL);
        Viewer chloe = members.get(DemoContent.FOUNDER_EMAIL);

        String procurement = groups.createGroup(gareth, new GroupForm("NHS procurement working group",
                "Buyers and suppliers comparing notes on frameworks, tenders and the procurement calendar.",
                GroupVisibility.PUBLIC));
        groups.join(rachel, procurement);
        groups.join(sam, procurement);
        groups.join(helen, procurement);
        long calendar = discussions.startThread(gareth, procurement, "Framework calendar for 2027", """
                <p>Which national frameworks re-open in 2027? I will keep this list up to date:</p>
                <ul><li>Digital health technology: spring</li><li>Wound care: autumn</li></ul>
                """);
        discussions.reply(rachel, calendar, "<p>Add the remote monitoring DPS: it re-opens every quarter.</p>");

        String consortium = groups.createGroup(sam, new GroupForm("Wound-care bid consortium",
                "Northbridge, Riverside University and partners preparing an SBRI bid on smart dressings.",
                GroupVisibility.PRIVATE));
        groups.invite(sam, consortium, "researcher@example.org", "Welcome to the bid team.");
        join(aisha, consortium);
        groups.invite(sam, consortium, "evidence.expert@example.org", "We need your evidence plan.");
        join(david, consortium);
        groups.invite(sam, consortium, "expert@example.org", "Would you review our regulatory work package?");
        groups.requestToJoin(chloe, consortium, "Kestrel could bring the app that reads the dressing sensors.");
        long packages = discussions.startThread(sam, consortium, "Draft work packages for the SBRI bid", """
                <p>Confidential draft: WP1 sensor dressing (Northbridge, 120k), WP2 clinical study (Riverside, 90k),
                WP3 health economics (Prof. Lin). Comments by Friday please.</p>
                """);
        discussions.reply(aisha, packages, "<p>WP2 needs two sites; I have asked the tissue viability team.</p>");
        challenges.askChallengeIn(sam, consortium, new AskForm(
                "Which health-economic model will the SBRI panel expect for smart dressings?", """
                <p>Our costs per patient are higher than standard dressings. Should we model avoided nurse visits,
                avoided amputations, or both, and over what horizon?</p>
                """, List.of("health-economics", "clinical-evidence"), null, List.of()));

        String shortlist = groups.createGroup(gareth, new GroupForm("Severn Vale remote monitoring shortlist",
                "The trust's procurement team and the shortlisted suppliers: clarification questions only.",
                GroupVisibility.HIDDEN));
        groups.invite(gareth, shortlist, "data.expert@example.org", "You are shortlisted.");
        join(marcus, shortlist);
        discussions.startThread(gareth, shortlist, "Clarification questions, round one", """
                <p>Suppliers: please confirm your hosting location and whether you hold DSPT "Standards met".</p>
                """);
        return 3;
    }

    /** The invited member accepts their invitation to the group. */
    private void join(Viewer invited, String slug) {
        for (GroupEntryView invitation : groups.invitations(invited)) {
            if (invitation.groupSlug().equals(slug)) {
                groups.acceptInvitation(invited, invitation.id());
            }
        }
    }
}
