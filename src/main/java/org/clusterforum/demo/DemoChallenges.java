package org.clusterforum.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.clusterforum.challenge.service.AskForm;
import org.clusterforum.challenge.service.ChallengeService;
import org.clusterforum.challenge.service.ExpertService;
import org.clusterforum.discussion.service.PostLocation;
import org.clusterforum.platform.security.Viewer;

/**
 * Demo challenges: experts with declared expertise, and challenges at every stage — solved, answered, unanswered
 * — with votes, helpful marks and the invitations matching made. Seeded through the ordinary services.
 */
@ApplicationScoped
class DemoChallenges {

    @Inject
    ChallengeService challenges;

    @Inject
    ExpertService experts;

    /** Seeds the experts' tags and the challenges; {@code members} by e-mail. Returns how many challenges. */
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

        experts.declareExpertise(priya, List.of("regulation-ukca", "mdr-ivdr", "ai-medical-devices",
                "quality-iso13485", "clinical-safety"));
        experts.declareExpertise(marcus, List.of("dtac", "data-protection", "interoperability-fhir", "cybersecurity"));
        experts.declareExpertise(rachel, List.of("nhs-procurement", "market-access", "reimbursement"));
        experts.declareExpertise(david, List.of("clinical-evidence", "health-economics", "nice-evaluation"));
        experts.declareExpertise(helen, List.of("funding-grants", "investment"));

        long dtac = challenges.askChallenge(chloe, new AskForm(
                "What does an NHS trust need from us on DTAC before a pilot?", """
                <p>A trust wants to pilot our remote-monitoring app for people with COPD from the spring. Their
                digital team has sent us the <strong>DTAC</strong> questionnaire and asked for our DPIA and clinical
                safety case.</p>
                <p>We have never done this before. What do trusts actually check, what takes longest, and what can we
                prepare now so it does not hold the pilot up?</p>
                """, List.of("dtac", "data-protection", "clinical-safety"), "digital-health-apps", List.of()));
        PostLocation marcusAnswer = challenges.answer(marcus, dtac, """
                <p>Start with the three things that take longest, in this order:</p>
                <ol>
                <li><strong>Clinical safety (DCB0129):</strong> you need a clinical safety officer, a hazard log and a
                safety case report. The trust then does its own DCB0160 assessment against yours.</li>
                <li><strong>DSPT:</strong> submit the Data Security and Protection Toolkit for your company; most
                trusts will not proceed without a "Standards met" result.</li>
                <li><strong>DPIA:</strong> the trust owns its DPIA, but they will ask you for data flows, processors
                and retention. Have a data flow diagram ready.</li>
                </ol>
                <p>Penetration test results and Cyber Essentials Plus come next. Usability and interoperability are
                usually quick if you are honest about what you support today.</p>
                """, true, "Fenwick Health Data sells DTAC and DSPT readiness support.", List.of());
        PostLocation priyaAnswer = challenges.answer(priya, dtac, """
                <p>Adding to that: if your app gives advice on whether to start a rescue pack, check its medical device
                status first. A trust will ask for your UKCA or CE marking (or your reasoning why it is not a device)
                as part of the clinical safety review.</p>
                """, false, null, List.of());
        challenges.voteOnChallenge(sam, dtac, 1);
        challenges.voteOnChallenge(gareth, dtac, 1);
        challenges.voteOnAnswer(sam, marcusAnswer.postId(), 1);
        challenges.voteOnAnswer(gareth, marcusAnswer.postId(), 1);
        challenges.voteOnAnswer(aisha, marcusAnswer.postId(), 1);
        challenges.voteOnAnswer(gareth, priyaAnswer.postId(), 1);
        challenges.markHelpful(chloe, priyaAnswer.postId(), true);
        challenges.acceptAnswer(chloe, marcusAnswer.postId());
        challenges.comment(gareth, dtac, marcusAnswer.postId(),
                "From the trust side: send the DSPT reference with the questionnaire, it saves a round trip.");

        long framework = challenges.askChallenge(sam, new AskForm(
                "How do we get a wound-monitoring sensor onto an NHS framework?", """
                <p>Our wound sensor will be CE marked this year. Trusts tell us they can only buy it through a
                framework, but the frameworks we have found are closed until they are re-let.</p>
                <p>What are the realistic routes for a small supplier in the meantime?</p>
                """, List.of("nhs-procurement", "market-access"), "nhs-procurement", List.of()));
        PostLocation rachelAnswer = challenges.answer(rachel, framework, """
                <p>Three routes work while frameworks are closed:</p>
                <ul>
                <li>A <strong>direct award</strong> under the trust's own thresholds for a small pilot (check their
                standing financial instructions).</li>
                <li><strong>Innovation routes</strong>, such as an SBRI competition or an innovation adoption
                programme, which buy evaluations rather than volume.</li>
                <li><strong>Joining the next re-let:</strong> register on the framework authority's portal now so you
                are told when the tender opens, and build the evidence pack it will ask for.</li>
                </ul>
                """, true, "Harbour Market Access advises suppliers on NHS tenders.", List.of());
        PostLocation garethAnswer = challenges.answer(gareth, framework, """
                <p>As a buyer: bring us a <strong>business case we can reuse</strong>. A one-page cost comparison with
                current dressings, and a named clinical champion in the trust, gets a pilot through our committees far
                faster than a framework listing would.</p>
                """, false, null, List.of());
        challenges.voteOnAnswer(chloe, garethAnswer.postId(), 1);
        challenges.voteOnAnswer(sam, garethAnswer.postId(), 1);
        challenges.voteOnAnswer(chloe, rachelAnswer.postId(), 1);
        challenges.voteOnChallenge(chloe, framework, 1);

        challenges.askChallenge(aisha, new AskForm(
                "Which funding fits a feasibility study with an NHS partner?", """
                <p>We want to test a digital rehabilitation tool with a local trust over nine months, with a small
                company as the technology partner. Which funding calls fit a feasibility study of this size, and
                who should lead the bid?</p>
                """, List.of("funding-grants", "clinical-evidence"), "funding", List.of()));

        long budget = challenges.askChallenge(chloe, new AskForm(
                "What do ICB finance teams expect in a budget impact model?", """
                <p>An integrated care board asked us for a budget impact model for remote monitoring. What time
                horizon, comparators and sensitivity analyses do they expect, and how simple can it be?</p>
                """, List.of("health-economics", "market-access"), null, List.of()));
        challenges.answer(david, budget, """
                <p>Keep it simple and transparent: a spreadsheet the finance team can change themselves beats a
                polished model they cannot open. Use a one- to three-year horizon, current practice as the comparator,
                local activity data where you can get it, and show the two or three assumptions that drive the result
                in a one-way sensitivity analysis.</p>
                """, false, null, List.of());

        challenges.askChallenge(gareth, new AskForm(
                "What evidence should suppliers bring for an AI triage tool?", """
                <p>We are being offered several AI tools that triage dermatology referrals. What evidence should we
                ask suppliers for before a pilot, beyond their UKCA or CE certificate?</p>
                """, List.of("ai-medical-devices", "clinical-evidence", "nice-evaluation"), null, List.of()));
        return 5;
    }
}
