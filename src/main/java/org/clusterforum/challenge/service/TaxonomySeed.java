package org.clusterforum.challenge.service;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.clusterforum.challenge.model.ChallengeBoard;
import org.clusterforum.challenge.model.ChallengeRepository;
import org.clusterforum.platform.persistence.ForumStarted;

/**
 * Every forum has a challenge board and the cluster's expertise taxonomy: created at the first start (demo or
 * not), before demo content is seeded.
 */
@ApplicationScoped
public class TaxonomySeed {

    /** slug, name, description. */
    static final String[][] TAXONOMY = {
            {"regulation-ukca", "UKCA marking", "Placing medical devices on the Great Britain market: UKCA marking, approved bodies, MHRA registration."},
            {"mdr-ivdr", "EU MDR and IVDR", "CE marking under the EU Medical Device and In Vitro Diagnostic Regulations, notified bodies, transition."},
            {"clinical-evidence", "Clinical evidence", "Clinical investigations, performance evaluation, real-world evidence and study design."},
            {"nhs-procurement", "NHS procurement", "Selling to the NHS: frameworks, tenders, the Procurement Act, supplier onboarding."},
            {"reimbursement", "Reimbursement", "Tariffs, payment routes and who pays for an innovation once adopted."},
            {"dtac", "DTAC", "The Digital Technology Assessment Criteria: clinical safety, data protection, technical security, interoperability, usability."},
            {"data-protection", "Data protection", "UK GDPR, DPIAs, the Data Security and Protection Toolkit, data sharing agreements."},
            {"interoperability-fhir", "Interoperability and FHIR", "HL7 FHIR, NHS APIs, integration with EPRs and GP systems."},
            {"cybersecurity", "Cybersecurity", "Medical device cybersecurity, penetration testing, Cyber Essentials, DSPT."},
            {"ai-medical-devices", "AI as a medical device", "Software and AI as a medical device: qualification, classification, validation, change control."},
            {"funding-grants", "Funding and grants", "Innovate UK, SBRI, NIHR i4i and other grant funding: finding calls and writing bids."},
            {"investment", "Investment", "Angel, venture and strategic investment; valuation, due diligence, term sheets."},
            {"manufacturing", "Manufacturing", "Design transfer, contract manufacturing, supply chain and scale-up."},
            {"quality-iso13485", "Quality and ISO 13485", "Quality management systems, ISO 13485, audits, CAPA and document control."},
            {"ip-patents", "IP and patents", "Patents, freedom to operate, licensing and protecting know-how."},
            {"market-access", "Market access", "Getting adopted: value propositions, evidence for buyers, routes into health systems."},
            {"health-economics", "Health economics", "Cost-effectiveness, budget impact models, NICE evaluation and economic evidence."},
            {"clinical-safety", "Clinical safety (DCB0129/0160)", "Clinical risk management for health IT: DCB0129, DCB0160, hazard logs, clinical safety officers."},
            {"usability-human-factors", "Usability and human factors", "IEC 62366, formative and summative usability studies, user research with clinicians."},
            {"nice-evaluation", "NICE evaluation", "NICE early value assessment, medtech guidance and the evidence standards framework."},
    };

    @Inject
    ChallengeRepository challenges;

    @Inject
    TagService tags;

    @Transactional
    void onStart(@Observes @Priority(150) ForumStarted started) {
        if (challenges.board().isEmpty()) {
            challenges.addBoard(new ChallengeBoard("Challenges",
                    "Business challenges members bring to the cluster, answered by members and experts."));
        }
        if (tags.count() == 0) {
            for (String[] tag : TAXONOMY) {
                tags.seed(tag[0], tag[1], tag[2]);
            }
        }
    }
}
