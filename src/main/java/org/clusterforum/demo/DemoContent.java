package org.clusterforum.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clusterforum.account.model.OrganisationKind;
import org.clusterforum.account.service.AccountService;
import org.clusterforum.account.service.Registration;
import org.clusterforum.discussion.service.DiscussionService;
import org.clusterforum.platform.config.ForumConfig;
import org.clusterforum.platform.persistence.BaseEntity;
import org.clusterforum.platform.persistence.ForumStarted;
import org.clusterforum.platform.security.Role;
import org.clusterforum.platform.security.TrustedWrites;
import org.clusterforum.platform.security.Viewer;

/**
 * Seeds a new database with a small, realistic health-technology cluster (organisations, members, themes,
 * threads and replies) when {@code forum.demo} is on, and prints the demo sign-in details in the start log.
 * Everything goes through the ordinary services, each call in its own transaction.
 */
@ApplicationScoped
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());

    public static final String DEMO_PASSWORD = "cluster-demo-2026";
    public static final String ADMIN_EMAIL = "admin@example.org";
    public static final String MODERATOR_EMAIL = "moderator@example.org";
    public static final String EXPERT_EMAIL = "expert@example.org";
    public static final String MEMBER_EMAIL = "member@example.org";
    public static final String PROCUREMENT_EMAIL = "procurement@example.org";
    public static final String RESEARCHER_EMAIL = "researcher@example.org";
    public static final String FOUNDER_EMAIL = "founder@example.org";
    public static final String DATA_EXPERT_EMAIL = "data.expert@example.org";
    public static final String MARKET_EXPERT_EMAIL = "market.expert@example.org";
    public static final String EVIDENCE_EXPERT_EMAIL = "evidence.expert@example.org";

    private record Org(String name, OrganisationKind kind) {
    }

    private record Person(String email, String name, Role role, Org org) {
    }

    private record ThemeSeed(String name, String slug, String description) {
    }

    private record ReplySeed(Person author, String html) {
    }

    private record ThreadSeed(Person author, String themeSlug, String title, String html, List<ReplySeed> replies) {
    }

    private static final Org NETWORK = new Org("Severn Vale Health Innovation Network", OrganisationKind.PUBLIC_BODY);
    private static final Org NORTHBRIDGE = new Org("Northbridge Medical Devices Ltd", OrganisationKind.COMPANY);
    private static final Org KESTREL = new Org("Kestrel Digital Health Ltd", OrganisationKind.COMPANY);
    private static final Org CALDER = new Org("Calder Regulatory Consulting Ltd", OrganisationKind.COMPANY);
    private static final Org RIVERSIDE = new Org("Riverside University", OrganisationKind.UNIVERSITY);
    private static final Org WESSEX_VALLEY =
            new Org("Wessex Valley NHS Foundation Trust", OrganisationKind.NHS_OR_CARE_PROVIDER);

    private static final Org FENWICK = new Org("Fenwick Health Data Ltd", OrganisationKind.COMPANY);
    private static final Org HARBOUR = new Org("Harbour Market Access Ltd", OrganisationKind.COMPANY);

    private static final Person HELEN = new Person(ADMIN_EMAIL, "Helen Marsh", Role.ADMIN, NETWORK);
    private static final Person TOM = new Person(MODERATOR_EMAIL, "Tom Okafor", Role.MODERATOR, NETWORK);
    private static final Person PRIYA = new Person(EXPERT_EMAIL, "Dr Priya Raman", Role.EXPERT, CALDER);
    private static final Person SAM = new Person(MEMBER_EMAIL, "Sam Whitfield", Role.MEMBER, NORTHBRIDGE);
    private static final Person GARETH = new Person(PROCUREMENT_EMAIL, "Gareth Lewis", Role.MEMBER, WESSEX_VALLEY);
    private static final Person AISHA = new Person(RESEARCHER_EMAIL, "Dr Aisha Bello", Role.MEMBER, RIVERSIDE);
    private static final Person CHLOE = new Person(FOUNDER_EMAIL, "Chloe Brennan", Role.MEMBER, KESTREL);

    private static final Person MARCUS = new Person(DATA_EXPERT_EMAIL, "Marcus Hale", Role.EXPERT, FENWICK);
    private static final Person RACHEL = new Person(MARKET_EXPERT_EMAIL, "Rachel Osei", Role.EXPERT, HARBOUR);
    private static final Person DAVID = new Person(EVIDENCE_EXPERT_EMAIL, "Prof. David Lin", Role.EXPERT, RIVERSIDE);

    private static final List<Person> PEOPLE = List.of(HELEN, TOM, PRIYA, SAM, GARETH, AISHA, CHLOE, MARCUS, RACHEL,
            DAVID);

    private static final List<ThemeSeed> THEMES = List.of(
            new ThemeSeed("Regulation & UKCA/MDR", "regulation",
                    "Getting medical devices and software to market: MHRA, UKCA and CE marking, classification and"
                            + " technical documentation."),
            new ThemeSeed("NHS procurement & commissioning", "nhs-procurement",
                    "How the NHS and commissioners buy: frameworks, tenders, business cases and talking to buyers."),
            new ThemeSeed("Clinical evidence & evaluation", "clinical-evidence",
                    "Building the evidence buyers and NICE expect, from pilots and service evaluations to trials."),
            new ThemeSeed("Funding & investment", "funding",
                    "Grants, SBRI contracts, investors and match funding for health-technology projects."),
            new ThemeSeed("Data & interoperability", "data-interoperability",
                    "FHIR, NHS standards, information governance and sharing data safely with care providers."),
            new ThemeSeed("Digital health apps", "digital-health-apps",
                    "Building and deploying digital health products: DTAC, clinical safety and adoption."),
            new ThemeSeed("Manufacturing & supply chain", "manufacturing",
                    "Quality systems, ISO 13485, suppliers, contract manufacturing and keeping supply resilient."),
            new ThemeSeed("Skills & talent", "skills",
                    "Hiring, training and sharing specialist skills across the cluster's organisations."),
            new ThemeSeed("Events & news", "events",
                    "Cluster events, clinics, meet-the-buyer sessions and news from members."));

    private static final List<ThreadSeed> THREADS = List.of(
            thread(SAM, "regulation", "UKCA or CE marking for a Class IIa device launching in 2026?", """
                    <p>We are a small team at Northbridge getting a Class IIa wound-monitoring sensor ready for market.
                    Our EU notified body application is moving, slowly, and we also want to sell into the NHS from day
                    one.</p>
                    <p>Do we need <strong>UKCA marking</strong> as well, or can we rely on <strong>CE marking</strong>
                    in Great Britain for now? And what changes for customers in Northern Ireland?</p>
                    """,
                    reply(PRIYA, """
                            <p>For now you can place a CE-marked device on the Great Britain market, but only for a
                            limited time, and the dates depend on which EU legislation your certificate is under:</p>
                            <ul>
                            <li>Devices certified under the old directives (MDD/AIMDD): until the certificate expires or
                            30 June 2028, whichever is sooner.</li>
                            <li>Devices certified under the EU MDR: until the certificate expires or 30 June 2030.</li>
                            <li>Northern Ireland follows EU rules under the Windsor Framework, so CE marking applies
                            there.</li>
                            </ul>
                            <p>Either way you must register the device with the MHRA before placing it on the GB market,
                            and you need a UK Responsible Person if the legal manufacturer is outside the UK. The
                            government has been consulting on further changes, including relying on approvals from other
                            regulators, so check the
                            <a href="https://www.gov.uk/guidance/regulating-medical-devices-in-the-uk">current MHRA
                            guidance</a> before you fix your plan.</p>
                            """),
                    reply(SAM, """
                            <p>Very helpful, thank you. So a CE certificate under the MDR gives us until 2030, and UKCA
                            can be a later step rather than a parallel project.</p>
                            """),
                    reply(HELEN, """
                            <p>Worth knowing: the network runs a free regulatory clinic every quarter. Members can book
                            a 30-minute slot to talk through their route to market; the next one is announced in
                            <em>Events &amp; news</em>.</p>
                            """)),

            thread(CHLOE, "regulation", "Is our symptom-monitoring app a medical device?", """
                    <p>Kestrel is building an app that asks people with long-term lung conditions about their symptoms
                    each morning and suggests whether to start their rescue pack or contact their clinical team.</p>
                    <p>Our investors keep asking whether this makes it a medical device. We would rather find out now
                    than after launch. How do people decide?</p>
                    """,
                    reply(PRIYA, """
                            <p>It almost certainly is. What decides it is the <strong>intended purpose</strong>:
                            software that gives information used to make decisions about the diagnosis or treatment of
                            an individual patient is a medical device, however simple the code.</p>
                            <ul>
                            <li>Write the intended purpose statement first and keep it consistent across your website,
                            app store listing and investor deck: a regulator will read all of them.</li>
                            <li>Classification differs between regimes. Under the current UK rules a lot of software is
                            Class I, but under Rule 11 of the EU MDR software that informs treatment decisions is
                            usually Class IIa or higher, and the UK reforms are expected to move closer to that.</li>
                            </ul>
                            <p>The MHRA's
                            <a href="https://www.gov.uk/government/publications/medical-devices-software-applications-apps">guidance
                            on software and apps</a> walks through the questions, with symptom checkers as a worked
                            example. Check the latest version, as it is being updated.</p>
                            """),
                    reply(AISHA, """
                            <p>From the research side: once you accept it is a device, plan the clinical evaluation
                            early. Usage data from a pilot is valuable, but only if you decide beforehand what you will
                            measure and get the right approvals. Happy to talk if you want an academic partner.</p>
                            """),
                    reply(CHLOE, """
                            <p>Thank you both. We are rewriting the intended purpose this week, and I will take you up
                            on that, Aisha.</p>
                            """)),

            thread(GARETH, "nhs-procurement", "How NHS trusts buy from SMEs: a procurement lead's view", """
                    <p>I lead procurement at Wessex Valley NHS Foundation Trust and get asked this at every cluster
                    event, so here is the short version.</p>
                    <p><strong>How we usually buy:</strong></p>
                    <ul>
                    <li><strong>Through a framework</strong> run by NHS Supply Chain, NHS Shared Business Services or
                    Crown Commercial Service. It is our quickest route, because the competition has already been
                    run.</li>
                    <li><strong>Through our own tender</strong> under the Procurement Act 2023, which applies to
                    procurements started since February 2025.</li>
                    <li><strong>Below the thresholds</strong>, with quotes under our standing financial
                    instructions.</li>
                    </ul>
                    <p>The most useful thing a supplier can do is talk to us <em>before</em> a tender starts. As one of
                    our ward managers put it:</p>
                    <blockquote>If a company can show me how many nurse hours it saves on a real ward, I will make the
                    case for it myself.</blockquote>
                    <p>Bring a clear value proposition (cost, outcomes, staff time) and the evidence behind it. Ask me
                    anything below.</p>
                    """,
                    reply(SAM, """
                            <p>Thanks, Gareth. When a trust does market engagement before a tender, how do we hear about
                            it? We have missed a couple that we only found out about afterwards.</p>
                            """),
                    reply(GARETH, """
                            <p>Planned procurement and preliminary market engagement notices are published on
                            <a href="https://www.find-tender.service.gov.uk">Find a Tender</a>, so set up alerts there
                            for your product categories. Also tell the health innovation network what you do: they often
                            hear about needs before anything is published.</p>
                            """),
                    reply(TOM, """
                            <p>We are planning a meet-the-buyer session with Gareth's team in the spring. I will post
                            the details in <em>Events &amp; news</em> once the date is confirmed.</p>
                            """),
                    reply(CHLOE, """
                            <p>Does the same apply to digital products? We were told to look at G-Cloud.</p>
                            """),
                    reply(GARETH, """
                            <p>For software and cloud services, G-Cloud and the other digital frameworks are common
                            routes, yes. Expect our digital and information governance colleagues to ask for DTAC
                            evidence too; there is a thread on that under <em>Digital health apps</em>.</p>
                            """)),

            thread(SAM, "nhs-procurement", "Is an NHS Supply Chain framework worth it for a small company?", """
                    <p>An NHS Supply Chain framework covering our product category opens for bids next year. The tender
                    pack is long, and we are a team of twelve.</p>
                    <p>For those who have bid: was it worth the effort, and did being on the framework actually lead to
                    orders?</p>
                    """,
                    reply(GARETH, """
                            <p>A framework place does not guarantee orders: it removes a barrier. Trusts still have to
                            choose you, so you need clinical champions as well. But if you are not on the relevant
                            framework, many trusts will find it hard to buy from you at all, so for a core product I
                            would say yes.</p>
                            """),
                    reply(PRIYA, """
                            <p>Two of my clients bid last year. Budget several weeks of one person's time, and have your
                            quality certificates, technical documentation and insurance ready before the window opens.
                            Read every clarification answer that is published to bidders: they often change what the
                            buyer expects.</p>
                            """),
                    reply(HELEN, """
                            <p>The network can pair you with a member who has been through it. Send me a message and I
                            will make the introduction.</p>
                            """)),

            thread(CHLOE, "clinical-evidence",
                    "Applying the NICE Evidence Standards Framework to a remote monitoring app", """
                    <p>Commissioners keep pointing us to the NICE Evidence Standards Framework for digital health
                    technologies. We think our app sits in the highest tier, but we are not sure what evidence that
                    means in practice for a start-up.</p>
                    <p>Has anyone mapped their product against it?</p>
                    """,
                    reply(AISHA, """
                            <p>The current <a href="https://www.nice.org.uk/corporate/ecd7">Evidence Standards
                            Framework</a> groups products by function into tiers A, B and C. Remote monitoring that
                            clinicians act on is usually tier C, which expects evidence of effectiveness, ideally a
                            comparative study in a relevant UK setting, plus an economic analysis.</p>
                            <p>For a start-up the realistic plan is staged: a well-designed observational study first,
                            with outcomes agreed with your clinical partners, then a comparative evaluation. NICE's
                            Early Value Assessment programme is also worth knowing about for promising technologies
                            whose evidence is still being gathered.</p>
                            """),
                    reply(GARETH, """
                            <p>From the buyer's side, pair that with a budget impact model. Commissioners need to know
                            what it costs this year, what it saves, and who gets the saving. If the saving lands in
                            primary care and the cost in the trust, say how you would handle that.</p>
                            """),
                    reply(CHLOE, """
                            <p>Very useful. So: tier C, an observational study first, and a simple budget impact model
                            that we update as the evidence comes in.</p>
                            """)),

            thread(AISHA, "clinical-evidence",
                    "Service evaluation or research? Starting a real-world study in a trust", """
                    <p>At Riverside we often partner with companies that want to evaluate their product in an NHS
                    service. The first question is always whether it counts as <strong>research</strong>, needing HRA
                    approval and usually ethics review, or a <strong>service evaluation</strong> that the trust can
                    approve locally.</p>
                    <p>The HRA's <a href="https://www.hra-decisiontools.org.uk/research/">"Is my study research?"</a>
                    tool is the best starting point. Roughly: if patients are randomised or treated differently from
                    normal care for the purpose of the study, or you aim to produce generalisable knowledge, treat it as
                    research.</p>
                    <p>What has your experience been with timelines?</p>
                    """,
                    reply(GARETH, """
                            <p>At our trust, service evaluations go through the clinical audit and effectiveness team
                            and usually take a few weeks. Research goes through the R&amp;D office. Involve them early
                            either way: the capacity to support studies is the real bottleneck, not the paperwork.</p>
                            """),
                    reply(SAM, """
                            <p>Our last study needed HRA approval and took about four months from first submission to
                            first patient, mostly because of contracts. Use the model Clinical Investigation Agreement
                            from the start and resist redrafting it.</p>
                            """),
                    reply(PRIYA, """
                            <p>One regulatory point: if the device is not yet UKCA or CE marked and the study is meant
                            to support its conformity assessment, it is a clinical investigation and the MHRA must be
                            notified as well. Check that before choosing a route.</p>
                            """)),

            thread(CHLOE, "funding", "SBRI Healthcare Phase 1: lessons from our unsuccessful application", """
                    <p>We applied to an <a href="https://sbrihealthcare.co.uk">SBRI Healthcare</a> competition last
                    autumn and were not successful. The feedback was useful, so here is what we learnt:</p>
                    <ul>
                    <li>The competition is about an <strong>NHS need</strong>, not your technology. We described our
                    product well and the NHS problem badly.</li>
                    <li>It is a contract, not a grant, so deliverables and milestones have to be specific.</li>
                    <li>Letters of support from named NHS clinicians mattered.</li>
                    </ul>
                    <p>Anyone else want to add theirs?</p>
                    """,
                    reply(HELEN, """
                            <p>Thanks for sharing, Chloe: this is exactly what the forum is for. SBRI contracts are
                            fully funded and the company keeps the intellectual property, which is why competition is
                            stiff. Phase 1 is a short feasibility project and Phase 2 develops and tests a prototype;
                            amounts and durations vary, so read each competition brief carefully. The network reviews
                            draft applications for members who ask at least three weeks before the deadline.</p>
                            """),
                    reply(PRIYA, """
                            <p>One more: show that you understand the regulatory route. Assessors noticed when a plan
                            included the device classification and a realistic timeline to marking.</p>
                            """)),

            thread(SAM, "funding", "Biomedical Catalyst: match funding and working with an academic partner", """
                    <p>We are preparing an Innovate UK Biomedical Catalyst application with Riverside University. Two
                    questions for anyone who has been through it:</p>
                    <ul>
                    <li>How did you find the match funding for the company's share?</li>
                    <li>How did you split the budget with the academic partner?</li>
                    </ul>
                    """,
                    reply(HELEN, """
                            <p>The grant covers a percentage of your eligible costs that depends on your company's size
                            and the type of research; small companies get the highest rates. The rest is your match
                            funding, from cash reserves, investors or loans, but not from another public grant for the
                            same costs. The rates for each round are in the competition brief on the
                            <a href="https://apply-for-innovation-funding.service.gov.uk/competition/search">Innovation
                            Funding Service</a>, so check the one you apply to.</p>
                            """),
                    reply(AISHA, """
                            <p>For the academic side: universities are usually funded at 80% of full economic cost, and
                            Innovate UK caps the share of the project that research organisations can take. Talk to our
                            research office early, as it must approve the costing before you submit.</p>
                            """),
                    reply(SAM, """
                            <p>Thanks both. That cap would have caught us out.</p>
                            """)),

            thread(CHLOE, "data-interoperability", "FHIR UK Core: where should a small team start?", """
                    <p>Every trust we speak to asks whether we "do FHIR". We have a clean REST API but no FHIR
                    experience. Where would you start with a three-person engineering team?</p>
                    """,
                    reply(AISHA, """
                            <p>Start with the <a href="https://simplifier.net/hl7fhirukcorer4">UK Core profiles</a> for
                            FHIR R4 rather than base FHIR, because they define how UK specifics such as the NHS number
                            and SNOMED CT codes are carried. Pick the few resources you actually exchange, probably
                            <em>Patient</em>, <em>Observation</em> and perhaps <em>QuestionnaireResponse</em>, and do
                            those well.</p>
                            <p>The open-source HAPI FHIR libraries save a lot of work, and their validator can check
                            your resources against the UK Core profiles.</p>
                            """),
                    reply(GARETH, """
                            <p>Ask each trust which EPR and integration engine it runs and what it already receives as
                            FHIR. Many still take HL7 v2 messages for results, so "FHIR first, HL7 v2 where needed" is a
                            realistic position.</p>
                            """),
                    reply(TOM, """
                            <p>Several members have asked for a hands-on FHIR session. If you would come, say so here
                            and we will arrange one.</p>
                            """),
                    reply(CHLOE, """
                            <p>Count us in.</p>
                            """)),

            thread(SAM, "data-interoperability",
                    "Data protection for a trust pilot: DPIA, DSPT and who is the controller?", """
                    <p>A trust wants to pilot our connected sensor on one ward. Its information governance team has
                    asked for input to a DPIA, our DSPT status and a data processing agreement. We have never done these
                    before.</p>
                    <p>Who is responsible for what?</p>
                    """,
                    reply(GARETH, """
                            <p>In a pilot like this the trust is usually the <strong>controller</strong> for the patient
                            data and you are a <strong>processor</strong> acting on its instructions. The trust owns the
                            DPIA, but it needs a lot from you: data flows, where data is hosted, how long it is kept and
                            who can access it.</p>
                            <p>The <a href="https://www.dsptoolkit.nhs.uk">Data Security and Protection Toolkit</a> is a
                            self-assessment you complete as a supplier, and trusts expect at least "Standards Met". The
                            data processing agreement is usually the trust's own template.</p>
                            """),
                    reply(PRIYA, """
                            <p>Keep one data flow diagram up to date and reuse it for every trust: it answers half the
                            questions. If the roles are unclear in your case, the
                            <a href="https://ico.org.uk/for-organisations/">ICO's guidance</a> on controllers and
                            processors is clear and practical.</p>
                            """)),

            thread(CHLOE, "digital-health-apps", "DTAC: what evidence did you submit?", """
                    <p>We have our first request from a trust to complete the DTAC. Before we start: what did others
                    submit, and which sections took longest?</p>
                    """,
                    reply(GARETH, """
                            <p>From the trust's side: the
                            <a href="https://transform.england.nhs.uk/key-tools-and-info/digital-technology-assessment-criteria-dtac/">Digital
                            Technology Assessment Criteria</a> cover clinical safety, data protection, technical
                            security, interoperability, and usability and accessibility. We look hardest at clinical
                            safety and data protection.</p>
                            """),
                    reply(PRIYA, """
                            <p>The evidence my clients reuse most: the DCB0129 clinical safety case report and hazard
                            log, Cyber Essentials (Plus if you can), a recent penetration test summary, the DSPT
                            submission and an accessibility statement. Check the current DTAC form before you start, as
                            NHS England revises it from time to time.</p>
                            """),
                    reply(SAM, """
                            <p>For our companion app the longest part was accessibility: an audit found problems we had
                            to fix before we could claim WCAG 2.1 AA.</p>
                            """),
                    reply(CHLOE, """
                            <p>Thanks, all. Clinical safety first, then.</p>
                            """)),

            thread(SAM, "digital-health-apps", "DCB0129 and DCB0160: who does what, and who signs?", """
                    <p>Our sensor now has a companion app that shows readings to clinicians. A trust has asked for our
                    DCB0129 documents and says it will do its own DCB0160 work. Who needs to sign these, and does the
                    Clinical Safety Officer have to be an employee?</p>
                    """,
                    reply(PRIYA, """
                            <p>The two standards split the work:</p>
                            <ul>
                            <li><strong>DCB0129</strong> is for the manufacturer: you run clinical risk management for
                            the product, with a clinical risk management plan, a hazard log and a clinical safety case
                            report.</li>
                            <li><strong>DCB0160</strong> is for the organisation deploying it: the trust assesses the
                            risks of using your product in its own setting and workflows.</li>
                            </ul>
                            <p>Each side needs a Clinical Safety Officer: a registered clinician with suitable training
                            who signs off the safety documents. They do not have to be an employee, and many small
                            companies contract one, but they need real authority over safety decisions.</p>
                            """),
                    reply(GARETH, """
                            <p>Our CSO will read your hazard log closely and expects it to be updated with each release,
                            not written once. Send your release notes too.</p>
                            """),
                    reply(TOM, """
                            <p>A few members have asked for a list of clinical safety training courses and contract
                            CSOs. I will put one together and link it here.</p>
                            """)),

            thread(SAM, "manufacturing", "ISO 13485 for a twelve-person company: how long did it take you?", """
                    <p>We are building our ISO 13485 quality management system from scratch. Realistic estimates would
                    help me plan: how long from starting to holding a certificate, and did you use consultants?</p>
                    """,
                    reply(PRIYA, """
                            <p>For a company your size, twelve to eighteen months is typical if you are developing the
                            product at the same time. Certification audits come in two stages, and the auditors want to
                            see the system running, with records, internal audits and a management review, for a few
                            months before stage 2.</p>
                            <p>Build the system around what you actually do. Consultants help with the structure, but
                            the procedures must be yours: a bought-in template that nobody follows is the most common
                            problem I see at audits.</p>
                            """),
                    reply(CHLOE, """
                            <p>We did ISO 13485 as a software company and it took eleven months. Linking it to IEC 62304
                            for the software lifecycle and ISO 14971 for risk management from the start saved us
                            rewriting procedures later.</p>
                            """),
                    reply(AISHA, """
                            <p>If design verification testing is on your list, the engineering labs at Riverside take
                            commercial work. Get in touch and I will introduce you.</p>
                            """)),

            thread(CHLOE, "skills", "First regulatory hire: contractor or permanent employee?", """
                    <p>We need regulatory and quality expertise for about two days a week. A contractor seems the
                    obvious answer, but we have heard warnings about IR35. What have others done?</p>
                    """,
                    reply(PRIYA, """
                            <p>Many small companies start with a part-time contractor, and it is often the right call.
                            On IR35: for medium and large private-sector clients, the client decides whether the
                            off-payroll rules apply; for small companies, the contractor's own company makes that
                            decision. Size follows the Companies Act thresholds, so check where you sit, try HMRC's
                            <a href="https://www.gov.uk/guidance/check-employment-status-for-tax">employment status
                            tool</a> and take advice if in doubt.</p>
                            """),
                    reply(AISHA, """
                            <p>Another option is a Knowledge Transfer Partnership: a graduate works in your company on a
                            defined project, supervised by an academic, with part of the cost funded. See
                            <a href="https://www.ktp-uk.org">ktp-uk.org</a>; we have placed regulatory science graduates
                            this way.</p>
                            """),
                    reply(TOM, """
                            <p>The network also keeps a list of members who offer regulatory support. Ask in this theme
                            and someone usually answers within a day or two.</p>
                            """)),

            thread(TOM, "events", "Quarterly regulatory clinic: book a 30-minute slot", """
                    <p>Our next regulatory clinic runs online on the first Thursday of next month. Members can book a
                    free 30-minute slot with an experienced regulatory adviser to talk through classification, route to
                    market or technical documentation.</p>
                    <p>Reply here with your organisation and a line about your question, and we will send you a time.
                    Slots are given in the order requested.</p>
                    """,
                    reply(SAM, """
                            <p>Northbridge Medical Devices, please: UKCA planning for a Class IIa wound sensor (see our
                            thread in <em>Regulation &amp; UKCA/MDR</em>).</p>
                            """),
                    reply(CHLOE, """
                            <p>Kestrel Digital Health: qualification and classification of a symptom-monitoring app.</p>
                            """),
                    reply(PRIYA, """
                            <p>I am one of the advisers on the day. If you can, send your draft intended purpose
                            statement in advance: it makes thirty minutes go much further.</p>
                            """)),

            thread(HELEN, "events", "Welcome to Cluster Forum: please read this first", """
                    <p>Welcome to the forum of the Severn Vale health-technology cluster: companies, universities, NHS
                    and care providers, and the buyers and commissioners who work with them.</p>
                    <ul>
                    <li>Post in the theme that fits best; moderators may move threads.</li>
                    <li>Be specific and be kind. Share what did not work as well as what did.</li>
                    <li><strong>Nothing confidential:</strong> no patient data and nothing under a non-disclosure
                    agreement.</li>
                    </ul>
                    <p>Please introduce yourself below: who you are, your organisation and what you are looking for.</p>
                    """,
                    reply(TOM, """
                            <p>Hello all, I am Tom, community manager at the network and one of the moderators here. If
                            something needs attention, report it or message me.</p>
                            """),
                    reply(AISHA, """
                            <p>Hi, I am Aisha, a researcher in digital health evaluation at Riverside University. I am
                            looking for companies that want rigorous, timely evaluations of their products.</p>
                            """),
                    reply(GARETH, """
                            <p>Gareth, head of procurement at Wessex Valley NHS Foundation Trust. Happy to answer
                            questions about how trusts buy: ask in <em>NHS procurement &amp; commissioning</em>.</p>
                            """),
                    reply(CHLOE, """
                            <p>Chloe, co-founder of Kestrel Digital Health. We build remote monitoring for people with
                            long-term lung conditions and are looking for NHS pilot sites.</p>
                            """)));

    @Inject
    ForumConfig config;

    @Inject
    AccountService accounts;

    @Inject
    DiscussionService discussions;

    @Inject
    DemoClock clock;

    @Inject
    DemoChallenges demoChallenges;

    @Inject
    DemoGroups demoGroups;

    void onStart(@Observes @Priority(200) ForumStarted started) {
        if (!config.demo() || !started.newDatabase()) {
            return;
        }
        try {
            TrustedWrites.run(this::seed); // the demo's members post at once, though their accounts are new
            LOG.info(signInDetails());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Demo content could not be seeded (" + e.getMessage()
                    + "); the forum starts anyway, possibly with part of the demo content", e);
        }
    }

    private void seed() {
        Map<Person, Viewer> viewers = new HashMap<>();
        for (Person p : PEOPLE) {
            long id = accounts.register(new Registration(p.name(), p.email(), DEMO_PASSWORD, null,
                    p.org().name(), p.org().kind()));
            if (p.role() != Role.MEMBER) {
                accounts.grantRole(id, p.role());
            }
            viewers.put(p, Viewer.member(id, p.name(), p.role()));
        }
        Viewer admin = viewers.get(HELEN);
        int position = 1;
        for (ThemeSeed t : THEMES) {
            discussions.createTheme(admin, t.name(), t.slug(), t.description(), position++);
        }
        int replies = 0;
        for (ThreadSeed t : THREADS) {
            long threadId = discussions.startThread(viewers.get(t.author()), t.themeSlug(), t.title(), t.html());
            for (ReplySeed r : t.replies()) {
                discussions.reply(viewers.get(r.author()), threadId, r.html());
                replies++;
            }
        }
        Map<String, Viewer> byEmail = new HashMap<>();
        viewers.forEach((person, viewer) -> byEmail.put(person.email(), viewer));
        int challenges = demoChallenges.seed(byEmail);
        int groupCount = demoGroups.seed(byEmail);
        clock.spreadOverRecentDays(BaseEntity.now());
        int replyCount = replies;
        LOG.info(() -> "Demo content seeded: " + PEOPLE.size() + " members, " + THEMES.size() + " themes, "
                + THREADS.size() + " threads, " + replyCount + " replies, " + challenges + " challenges, "
                + groupCount + " groups");
    }

    private static String signInDetails() {
        var text = new StringBuilder()
                .append("\n==================== Cluster Forum demo accounts ====================\n")
                .append("Password for every demo account: ").append(DEMO_PASSWORD).append("\n\n");
        for (Person p : PEOPLE) {
            text.append(String.format("  %-25s %-14s %s (%s)\n", p.email(), p.role().label(), p.name(),
                    p.org().name()));
        }
        return text.append("\nFor a real deployment, start with FORUM_DEMO=false and a new data directory.\n")
                .append("=====================================================================")
                .toString();
    }

    private static ThreadSeed thread(Person author, String themeSlug, String title, String html,
                                     ReplySeed... replies) {
        return new ThreadSeed(author, themeSlug, title, html, List.of(replies));
    }

    private static ReplySeed reply(Person author, String html) {
        return new ReplySeed(author, html);
    }
}
