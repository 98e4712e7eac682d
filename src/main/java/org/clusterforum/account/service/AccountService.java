package org.clusterforum.account.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.clusterforum.account.model.Member;
import org.clusterforum.account.model.MemberRepository;
import org.clusterforum.account.model.Organisation;
import org.clusterforum.account.model.OrganisationKind;
import org.clusterforum.account.model.OrganisationRepository;
import org.clusterforum.platform.security.MemberDirectory;
import org.clusterforum.platform.security.PasswordHasher;
import org.clusterforum.platform.security.PasswordPolicy;
import org.clusterforum.platform.security.Role;
import org.clusterforum.platform.security.SignInThrottle;
import org.clusterforum.platform.security.TrustedWrites;
import org.clusterforum.platform.security.Viewer;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.InvalidInput;
import org.clusterforum.platform.validation.NotFound;
import org.clusterforum.platform.validation.Texts;

/**
 * Accounts: registering, signing in (with throttling of repeated failures), profiles, and the first
 * administrator of a new deployment.
 */
@ApplicationScoped
public class AccountService implements MemberDirectory {

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());
    /** What may follow "@" while a handle is being typed. */
    private static final Pattern MENTION_FRAGMENT = Pattern.compile("[a-z0-9][a-z0-9-]{0,29}");

    /** Deliberately loose: one @, something on both sides, a dot in the domain, no spaces. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public static final String DUPLICATE_EMAIL = "An account with this email address already exists. Sign in instead.";

    /** What someone trying to register reads while administrators keep registration closed. */
    public static final String REGISTRATION_CLOSED = "Registration is closed at the moment: new accounts are made by"
            + " invitation. Ask the cluster team or an administrator for an account.";

    @Inject
    org.clusterforum.platform.config.SiteSettings settings;

    @Inject
    org.clusterforum.platform.audit.AuditTrail audit;

    @Inject
    MemberRepository members;

    @Inject
    OrganisationRepository organisations;

    @Inject
    PasswordHasher hasher;

    @Inject
    SignInThrottle throttle;

    @Inject
    AccountEmails accountEmails;

    @Transactional
    public long register(Registration form) {
        if (!TrustedWrites.active() && !settings.registrationOpen()) {
            throw new Forbidden(REGISTRATION_CLOSED);
        }
        String displayName = Texts.clean(form.displayName());
        String email = Member.normaliseEmail(form.email());
        String password = form.password() == null ? "" : form.password();

        var problems = new InvalidInput.Collector();
        if (displayName.isEmpty()) {
            problems.add("displayName", "Enter your name as other members will see it.");
        } else if (Texts.length(displayName) < 2 || Texts.length(displayName) > Member.MAX_DISPLAY_NAME) {
            problems.add("displayName", "Use between 2 and " + Member.MAX_DISPLAY_NAME + " characters for your name.");
        } else if (Texts.hasControlCharacters(displayName)) {
            problems.add("displayName", "Your name contains characters that cannot be shown.");
        }
        if (email.isEmpty()) {
            problems.add("email", "Enter your email address.");
        } else if (email.length() > Member.MAX_EMAIL || !EMAIL.matcher(email).matches()) {
            problems.add("email", "Enter an email address like name@example.org.");
        } else if (members.findByEmail(email).isPresent()) {
            problems.add("email", DUPLICATE_EMAIL);
        }
        List<String> passwordProblems = PasswordPolicy.problems(password, email, displayName);
        if (!passwordProblems.isEmpty()) {
            problems.add("password", String.join(" ", passwordProblems));
        }
        Organisation organisation = resolveOrganisation(form, problems);
        problems.throwIfAny();

        Member member = new Member(displayName, freeHandle(displayName), email, hasher.hash(password.toCharArray()),
                organisation);
        try {
            members.add(member);
        } catch (PersistenceException e) {
            // Two registrations with the same email raced past the check above: the unique constraint decides.
            throw InvalidInput.of("email", DUPLICATE_EMAIL);
        }
        if (!TrustedWrites.active() && accountEmails.mailEnabled()) {
            accountEmails.requireVerification(member);
        }
        LOG.info(() -> "New member #" + member.getId() + " registered");
        return member.getId();
    }

    /** The display name's handle, or with -2, -3… appended until it is free. */
    private String freeHandle(String displayName) {
        String base = Member.handleFrom(displayName);
        String handle = base;
        for (int n = 2; members.handleTaken(handle); n++) {
            handle = base + "-" + n;
        }
        return handle;
    }

    /** Members with these @handles (case-insensitive), as id → handle; unknown handles are left out. */
    @Transactional
    public java.util.Map<String, Long> membersByHandle(java.util.Collection<String> handles) {
        var lower = handles.stream().map(h -> h.toLowerCase(java.util.Locale.ROOT)).distinct().toList();
        var found = new java.util.HashMap<String, Long>();
        members.findByHandles(lower).stream().filter(Member::maySignIn)
                .forEach(m -> found.put(m.getHandle(), m.getId()));
        return found;
    }

    /**
     * Members a signed-in member may mean by "@fragment" while writing: up to 8, by handle. Empty for visitors
     * (they cannot write) and for a fragment that cannot start a handle.
     */
    @Transactional
    public List<MentionSuggestion> suggestMentions(Viewer viewer, String fragment) {
        String f = fragment == null ? "" : fragment.strip().toLowerCase(Locale.ROOT);
        if (viewer.isAnonymous() || !MENTION_FRAGMENT.matcher(f).matches()) {
            return List.of();
        }
        return members.findByHandleFragment(f, 8).stream()
                .map(m -> new MentionSuggestion(m.getHandle(), m.getDisplayName())).toList();
    }

    /**
     * The active member a person means by "@handle", "handle" or an email address (how owners invite members), or
     * empty when there is none.
     */
    @Transactional
    public Optional<MemberCard> findMember(String handleOrEmail) {
        String text = handleOrEmail == null ? "" : handleOrEmail.strip();
        if (text.startsWith("@")) {
            text = text.substring(1);
        }
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<Member> found = text.contains("@") ? members.findByEmail(text.toLowerCase(Locale.ROOT))
                : members.findByHandles(List.of(text.toLowerCase(Locale.ROOT))).stream().findFirst();
        return found.filter(Member::maySignIn).map(AccountService::card);
    }

    /** Members by id, as cards (for lists of members). */
    @Transactional
    public java.util.Map<Long, MemberCard> cards(java.util.Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return java.util.Map.of();
        }
        var cards = new java.util.HashMap<Long, MemberCard>();
        members.findAll(memberIds).forEach(m -> cards.put(m.getId(), card(m)));
        return cards;
    }

    private static MemberCard card(Member m) {
        return new MemberCard(m.getId(), m.getDisplayName(), m.getHandle(),
                m.getOrganisation() == null ? null : m.getOrganisation().getName());
    }

    /** Viewers for these members (those who may still sign in), in one query. */
    @Transactional
    public List<Viewer> viewersOf(java.util.Collection<Long> memberIds) {
        return members.findAll(memberIds).stream().filter(Member::maySignIn)
                .map(m -> Viewer.member(m.getId(), m.getDisplayName(), m.getRole(), m.getJoinedAt())).toList();
    }

    private Organisation resolveOrganisation(Registration form, InvalidInput.Collector problems) {
        if (form.organisationId() != null) {
            Optional<Organisation> existing = organisations.find(form.organisationId());
            if (existing.isEmpty()) {
                problems.add("organisation", "Choose your organisation from the list.");
            }
            return existing.orElse(null);
        }
        String name = Texts.clean(form.newOrganisationName());
        if (name.isEmpty()) {
            problems.add("organisation", "Choose your organisation, or enter its name if it is not listed.");
            return null;
        }
        if (Texts.length(name) > Organisation.MAX_NAME || Texts.length(name) < 2) {
            problems.add("newOrganisationName", "Use between 2 and " + Organisation.MAX_NAME
                    + " characters for the organisation's name.");
            return null;
        }
        if (form.newOrganisationKind() == null) {
            problems.add("newOrganisationKind", "Choose what kind of organisation it is.");
            return null;
        }
        if (problems.has("email") || problems.has("password") || problems.has("displayName")) {
            return null; // do not create an organisation for a registration that will fail anyway
        }
        return organisations.findByName(name)
                .orElseGet(() -> organisations.add(new Organisation(name, form.newOrganisationKind())));
    }

    /**
     * Checks an email and password. Every attempt costs one password hash, whether or not the email exists, and
     * repeated failures per account or per address are refused for a while.
     */
    @Transactional
    public SignInOutcome authenticate(String email, String password, String address) {
        String key = Member.normaliseEmail(email);
        Optional<Duration> wait = throttle.retryAfter(key, address);
        if (wait.isPresent()) {
            return new SignInOutcome.Throttled(wait.get());
        }
        char[] typed = password == null ? new char[0] : password.toCharArray();
        Optional<Member> found = members.findByEmail(key);
        if (found.isEmpty()) {
            hasher.burnTime(typed);
            throttle.recordFailure(key, address);
            return new SignInOutcome.WrongCredentials();
        }
        Member member = found.get();
        if (!hasher.verify(typed, member.getPasswordHash())) {
            throttle.recordFailure(key, address);
            return new SignInOutcome.WrongCredentials();
        }
        if (!member.maySignIn()) {
            return new SignInOutcome.Suspended(member.getSuspendedUntil(), member.getSanctionReason());
        }
        if (!member.isEmailVerified()) {
            return new SignInOutcome.Unverified(member.getEmail());
        }
        throttle.recordSuccess(key, address);
        if (hasher.needsRehash(member.getPasswordHash())) {
            member.changePasswordHash(hasher.hash(typed));
        }
        return new SignInOutcome.Success(member.getId(), member.getRole());
    }

    @Override
    @Transactional
    public Optional<Viewer> viewerOf(long memberId) {
        return members.find(memberId)
                .filter(Member::maySignIn)
                .map(m -> new Viewer(m.getId(), m.getDisplayName(), m.getRole(), m.getJoinedAt(),
                        m.isSilenced() ? m.getSilencedUntil() : null,
                        m.getPendingWarnings() > 0 || m.getOutcomesWaiting() > 0));
    }

    /** These members' profiles as search indexes them (every member's profile is public). */
    @Transactional
    public List<SearchableProfile> searchableProfiles(java.util.Collection<Long> memberIds) {
        return memberIds.isEmpty() ? List.of() : members.findAll(memberIds).stream().map(AccountService::profileOf)
                .toList();
    }

    /** The next {@code limit} profiles after member {@code afterId}, in id order (a rebuild reads them in batches). */
    @Transactional
    public List<SearchableProfile> searchableProfilesAfter(long afterId, int limit) {
        return members.after(afterId, limit).stream().map(AccountService::profileOf).toList();
    }

    private static SearchableProfile profileOf(Member m) {
        Organisation o = m.getOrganisation();
        return new SearchableProfile(m.getId(), m.getDisplayName(), m.getHandle(), o == null ? null : o.getName(),
                m.getRole().label(), m.getJoinedAt());
    }

    /** Where to email a member: only to a confirmed address of an account that may sign in. */
    @Transactional
    public Optional<MailRecipient> mailRecipient(long memberId) {
        return members.find(memberId).filter(Member::maySignIn).filter(Member::isEmailVerified)
                .map(m -> new MailRecipient(m.getId(), m.getEmail(), m.getDisplayName(),
                        Viewer.member(m.getId(), m.getDisplayName(), m.getRole(), m.getJoinedAt(),
                                m.isSilenced() ? m.getSilencedUntil() : null)));
    }

    @Transactional
    public MemberProfile profile(long memberId) {
        Member m = members.find(memberId).orElseThrow(() -> new NotFound("Member"));
        Organisation o = m.getOrganisation();
        return new MemberProfile(m.getId(), m.getDisplayName(), m.getHandle(), o == null ? null : o.getName(),
                o == null ? null : o.getKind(), m.getRole(), m.getJoinedAt(), m.getPostCount(),
                m.getReputation());
    }

    @Transactional
    public List<OrganisationChoice> organisations() {
        return organisations.findAll().stream()
                .map(o -> new OrganisationChoice(o.getId(), o.getName(), o.getKind().label()))
                .toList();
    }

    /**
     * The signed-in viewer's member record, for features that record authorship. Refuses visitors and members
     * who may no longer sign in.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Member activeMember(Viewer viewer) {
        if (viewer.isAnonymous()) {
            throw new Forbidden("Sign in first.");
        }
        return members.find(viewer.memberId()).filter(Member::maySignIn)
                .orElseThrow(() -> new Forbidden("Sign in first."));
    }

    /** Counts a new post or reply on the author's profile. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void countPost(long memberId) {
        members.countPost(memberId);
    }

    /** Reputation earned (or lost, with a negative delta) by votes, acceptance and helpful marks. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void awardReputation(long memberId, int delta) {
        if (delta != 0) {
            members.adjustReputation(memberId, delta);
        }
    }

    /** Several posts of this member were deleted (negative) or restored (positive): a thread's, at once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void adjustPostCount(long memberId, int delta) {
        if (delta != 0) {
            members.adjustPostCount(memberId, delta);
        }
    }

    /** A moderator handled reports of these members: each has one more outcome to see (one per report). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reportsHandled(java.util.Collection<Long> reporterIds) {
        reporterIds.forEach(members::countOutcomeWaiting);
    }

    /** The member has seen the outcomes of their reports. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void outcomesSeen(long memberId) {
        members.clearOutcomesWaiting(memberId);
    }

    /** A post of this member was deleted. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void uncountPost(long memberId) {
        members.uncountPost(memberId);
    }

    /**
     * Creates an administrator with this email if no account has it yet: how a real deployment gets its first
     * admin (FORUM_ADMIN_EMAIL + FORUM_ADMIN_PASSWORD). An existing account is left as it is.
     */
    @Transactional
    public boolean ensureAdministrator(String email, String password, String organisationName) {
        if (members.findByEmail(email).isPresent()) {
            return false;
        }
        Organisation team = organisations.findByName(organisationName).orElseGet(() -> organisations.add(
                new Organisation(organisationName, OrganisationKind.OTHER)));
        Member admin = new Member("Administrator", freeHandle("Administrator"), email,
                hasher.hash(password.toCharArray()), team);
        admin.grantRole(Role.ADMIN);
        members.add(admin);
        return true;
    }

    /** Members with a role beyond member (experts, moderators, administrators), by role then name: for admins. */
    @Transactional
    public List<StaffMember> staff(Viewer viewer) {
        requireAdministrator(viewer);
        return members.withRoles(List.of(Role.ADMIN, Role.MODERATOR, Role.EXPERT)).stream()
                .map(m -> new StaffMember(m.getId(), m.getDisplayName(), m.getHandle(), m.getRole())).toList();
    }

    /**
     * Gives the member a person means by "@handle" or email the site role {@code role} (MEMBER takes a role
     * away). Takes effect on their next request. Administrators only, never on themselves (so the forum always
     * keeps the administrator doing it); in the audit log.
     */
    @Transactional
    public StaffMember changeRole(Viewer viewer, String handleOrEmail, Role role) {
        requireAdministrator(viewer);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        MemberCard card = null;
        if (handleOrEmail == null || handleOrEmail.isBlank()) {
            problems.add("who", "Enter the member's @handle or email address.");
        } else {
            card = findMember(handleOrEmail).orElse(null);
            if (card == null) {
                problems.add("who", "There is no active member “" + handleOrEmail.strip() + "”. Check the handle"
                        + " or email address.");
            } else if (viewer.is(card.id())) {
                problems.add("who", "You cannot change your own role. Ask another administrator.");
            }
        }
        if (role == null) {
            problems.add("role", "Choose the role to give.");
        }
        problems.throwIfAny();
        Member member = members.find(card.id()).orElseThrow(() -> new NotFound("Member"));
        Role before = member.getRole();
        if (before != role) {
            member.grantRole(role);
            audit.record(viewer, org.clusterforum.platform.audit.AuditAction.CHANGE_ROLE,
                    org.clusterforum.platform.audit.AuditTarget.member(member.getId(), member.getDisplayName()),
                    before.label() + " → " + role.label());
        }
        return new StaffMember(member.getId(), member.getDisplayName(), member.getHandle(), role);
    }

    private static void requireAdministrator(Viewer viewer) {
        if (!viewer.can(org.clusterforum.platform.security.Permission.ADMINISTER)) {
            throw new Forbidden("Only administrators change roles.");
        }
    }

    /** Grants a site role without a check: seeding, and an expert request granted by an administrator. */
    @Transactional
    public void grantRole(long memberId, Role role) {
        members.find(memberId).orElseThrow(() -> new NotFound("Member")).grantRole(role);
    }
}
