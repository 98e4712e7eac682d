package org.clusterforum.account.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.clusterforum.platform.persistence.BaseEntity;
import org.clusterforum.platform.security.Role;
import org.clusterforum.platform.cache.ContentListener;

/**
 * A person with an account. Life cycle: registered (ACTIVE, role MEMBER) → may be granted other roles →
 * may be suspended and reinstated. The email is stored normalised (trimmed, lower case) and is unique.
 */
@Entity
@EntityListeners({ContentListener.class, org.clusterforum.platform.search.SearchListener.class})
@Table(name = "FORUM_MEMBER")
@NamedQuery(name = "Member.findByEmail", query = "select m from Member m where m.email = :email")
@NamedQuery(name = "Member.count", query = "select count(m) from Member m")
@NamedQuery(name = "Member.countByHandle", query = "select count(m) from Member m where m.handle = :handle")
@NamedQuery(name = "Member.findByHandles", query = "select m from Member m where m.handle in :handles")
public class Member extends BaseEntity implements org.clusterforum.platform.search.SearchableMember {

    public static final int MAX_DISPLAY_NAME = 60;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_HANDLE = 30;

    @Column(name = "DISPLAY_NAME", nullable = false, length = MAX_DISPLAY_NAME)
    private String displayName;

    @Column(name = "EMAIL", nullable = false, length = MAX_EMAIL, unique = true)
    private String email;

    @Column(name = "PASSWORD_HASH", nullable = false, length = 200)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "ROLE", nullable = false, length = 20)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private MemberStatus status;

    /** End of a suspension; null with status SUSPENDED: until lifted. */
    @Column(name = "SUSPENDED_UNTIL")
    private Instant suspendedUntil;

    @Column(name = "SILENCED_UNTIL")
    private Instant silencedUntil;

    /** Why the member is suspended or silenced, shown to them. */
    @Column(name = "SANCTION_REASON", length = 500)
    private String sanctionReason;

    @Column(name = "JOINED_AT", nullable = false)
    private Instant joinedAt;

    /** When the member proved the address is theirs; null while a confirmation link is outstanding. */
    @Column(name = "EMAIL_VERIFIED_AT")
    private Instant emailVerifiedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ORGANISATION_ID")
    private Organisation organisation;

    @Column(name = "REPUTATION", nullable = false, insertable = false, updatable = false)
    private int reputation;

    @Column(name = "POST_COUNT", nullable = false)
    private int postCount;

    /** Warnings the member has not acknowledged yet (kept by single statements, see MemberRepository). */
    @Column(name = "PENDING_WARNINGS", nullable = false, insertable = false, updatable = false)
    private int pendingWarnings;

    /** Outcomes of the member's reports that they have not seen yet (kept by single statements). */
    @Column(name = "OUTCOMES_WAITING", nullable = false, insertable = false, updatable = false)
    private int outcomesWaiting;

    /** Unique, lower-case name for @mentions, e.g. "sam-whitfield". */
    @Column(name = "HANDLE", nullable = false, length = MAX_HANDLE, unique = true)
    private String handle;

    protected Member() {
    }

    public Member(String displayName, String handle, String email, String passwordHash, Organisation organisation) {
        this.displayName = Objects.requireNonNull(displayName).strip();
        this.handle = Objects.requireNonNull(handle);
        this.email = normaliseEmail(email);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.organisation = organisation;
        this.role = Role.MEMBER;
        this.status = MemberStatus.ACTIVE;
        this.joinedAt = now();
        this.emailVerifiedAt = joinedAt;
    }

    /** The address must be confirmed (from a link sent to it) before the member can sign in. */
    public void requireEmailVerification() {
        emailVerifiedAt = null;
    }

    public void verifyEmail(Instant at) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = at;
        }
    }

    public boolean isEmailVerified() {
        return emailVerifiedAt != null;
    }

    @Override
    public Long searchMemberId() {
        return getId();
    }

    /**
     * A handle proposal from a display name: "Dr Aisha Bello" → "dr-aisha-bello" (accents dropped, other
     * characters become hyphens); "member" if nothing usable is left.
     */
    public static String handleFrom(String displayName) {
        String ascii = java.text.Normalizer.normalize(displayName == null ? "" : displayName,
                java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String handle = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (handle.length() > MAX_HANDLE - 5) {
            handle = handle.substring(0, MAX_HANDLE - 5).replaceAll("-+$", "");
        }
        return handle.length() < 2 ? "member" : handle;
    }

    public static String normaliseEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    public void grantRole(Role newRole) {
        this.role = Objects.requireNonNull(newRole);
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
    }

    /** Active, or suspended until a moment now past (a suspension ends by itself). */
    public boolean maySignIn() {
        return status == MemberStatus.ACTIVE
                || (suspendedUntil != null && !suspendedUntil.isAfter(Instant.now()));
    }

    /** Cannot sign in until {@code until} (null: until lifted). */
    public void suspend(Instant until, String reason) {
        this.status = MemberStatus.SUSPENDED;
        this.suspendedUntil = until;
        this.sanctionReason = reason;
    }

    /** Can read but not post until {@code until}. */
    public void silence(Instant until, String reason) {
        this.silencedUntil = until;
        this.sanctionReason = reason;
    }

    /** Ends any suspension and silence now. */
    public void liftSanctions() {
        this.status = MemberStatus.ACTIVE;
        this.suspendedUntil = null;
        this.silencedUntil = null;
        this.sanctionReason = null;
    }

    public boolean isSuspended() {
        return !maySignIn();
    }

    public boolean isSilenced() {
        return silencedUntil != null && silencedUntil.isAfter(Instant.now());
    }

    public Instant getSuspendedUntil() {
        return suspendedUntil;
    }

    public Instant getSilencedUntil() {
        return silencedUntil;
    }

    public String getSanctionReason() {
        return sanctionReason;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getHandle() {
        return handle;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public MemberStatus getStatus() {
        return status;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    /** Kept by single-statement updates (MemberRepository.adjustReputation), never through this entity. */
    public int getReputation() {
        return reputation;
    }

    public int getPostCount() {
        return postCount;
    }

    public int getPendingWarnings() {
        return pendingWarnings;
    }

    public int getOutcomesWaiting() {
        return outcomesWaiting;
    }
}
