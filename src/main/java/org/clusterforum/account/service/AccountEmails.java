package org.clusterforum.account.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.clusterforum.account.model.AccountToken;
import org.clusterforum.account.model.AccountTokenRepository;
import org.clusterforum.account.model.Member;
import org.clusterforum.account.model.MemberRepository;
import org.clusterforum.account.model.TokenPurpose;
import org.clusterforum.platform.mail.MailBody;
import org.clusterforum.platform.mail.MailOutbox;
import org.clusterforum.platform.persistence.BaseEntity;
import org.clusterforum.platform.security.PasswordHasher;
import org.clusterforum.platform.security.PasswordPolicy;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.InvalidInput;

/**
 * The account's own emails: confirming the address at registration and resetting a forgotten password, each with a
 * single-use link that expires. Answers never reveal whether an address has an account.
 */
@ApplicationScoped
public class AccountEmails {

    public static final String LINK_NOT_VALID = "This link is not valid any more: it was used already, it expired, or"
            + " it was not copied whole. Ask for a new one.";
    public static final String MAIL_OFF = "This forum does not send email, so a password cannot be reset by email."
            + " Ask an administrator to help you.";
    /** At most one email of each kind per address in this time (a second click sends nothing new). */
    static final Duration RESEND_AFTER = Duration.ofMinutes(2);
    private static final Logger LOG = Logger.getLogger(AccountEmails.class.getName());

    @Inject
    MemberRepository members;

    @Inject
    AccountTokenRepository tokens;

    @Inject
    MailOutbox outbox;

    @Inject
    PasswordHasher hasher;

    public boolean mailEnabled() {
        return outbox.enabled();
    }

    /** In the registration's transaction: the new member must confirm the address before signing in. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireVerification(Member member) {
        member.requireEmailVerification();
        sendVerification(member, BaseEntity.now());
    }

    private void sendVerification(Member member, Instant now) {
        var issued = AccountToken.issue(member.getId(), TokenPurpose.VERIFY_EMAIL, now);
        tokens.add(issued.row());
        String link = outbox.link("/account/verify?token=" + issued.token());
        var body = new MailBody()
                .paragraph("Hello " + member.getDisplayName() + ",")
                .paragraph("Welcome to " + outbox.siteName() + ". Please confirm that this is your email address, so"
                        + " that you can sign in:")
                .link("Confirm my email address", link)
                .paragraph("The link works once, for 48 hours. If you did not create an account, ignore this email:"
                        + " nothing happens without the link.");
        outbox.enqueue("verify:" + issued.row().getExpiresAt().toEpochMilli() + ":" + member.getId(), member.getId(),
                body.to(member.getEmail(), "Confirm your email address for " + outbox.siteName()));
    }

    /** Sends the confirmation link again to an unconfirmed account with this address (nothing otherwise). */
    @Transactional
    public void resendVerification(String email) {
        Instant now = BaseEntity.now();
        members.findByEmail(Member.normaliseEmail(email))
                .filter(m -> !m.isEmailVerified())
                .filter(m -> !tokens.issuedSince(m.getId(), TokenPurpose.VERIFY_EMAIL, now.minus(RESEND_AFTER)))
                .ifPresent(m -> sendVerification(m, now));
    }

    /** Confirms the address the link was sent to; returns the member's email (to fill in the sign-in form). */
    @Transactional
    public String verify(String token) {
        Instant now = BaseEntity.now();
        AccountToken used = tokens.findForUse(token).filter(t -> t.usableAt(now, TokenPurpose.VERIFY_EMAIL))
                .orElseThrow(() -> InvalidInput.of("token", LINK_NOT_VALID));
        used.use(now);
        Member member = members.find(used.getMemberId()).orElseThrow(() -> InvalidInput.of("token", LINK_NOT_VALID));
        member.verifyEmail(now);
        tokens.useAll(member.getId(), TokenPurpose.VERIFY_EMAIL, now);
        LOG.info(() -> "Member #" + member.getId() + " confirmed their email address");
        return member.getEmail();
    }

    /**
     * Sends a reset link if an account that may sign in uses this address. Says nothing either way (the page tells
     * everyone the same), except that email is off.
     */
    @Transactional
    public void requestPasswordReset(String email) {
        if (!outbox.enabled()) {
            throw new Forbidden(MAIL_OFF);
        }
        String address = Member.normaliseEmail(email);
        if (address.isEmpty() || !address.contains("@")) {
            throw InvalidInput.of("email", "Enter the email address you signed up with, like name@example.org.");
        }
        Instant now = BaseEntity.now();
        Optional<Member> member = members.findByEmail(address).filter(Member::maySignIn)
                .filter(m -> !tokens.issuedSince(m.getId(), TokenPurpose.RESET_PASSWORD, now.minus(RESEND_AFTER)));
        member.ifPresent(m -> {
            var issued = AccountToken.issue(m.getId(), TokenPurpose.RESET_PASSWORD, now);
            tokens.add(issued.row());
            String link = outbox.link("/account/reset?token=" + issued.token());
            var body = new MailBody()
                    .paragraph("Hello " + m.getDisplayName() + ",")
                    .paragraph("Someone (we hope you) asked to reset the password of your " + outbox.siteName()
                            + " account. Choose a new password here:")
                    .link("Choose a new password", link)
                    .paragraph("The link works once, for one hour. If you did not ask, ignore this email: your"
                            + " password stays as it is.");
            outbox.enqueue("reset:" + issued.row().getExpiresAt().toEpochMilli() + ":" + m.getId(), m.getId(),
                    body.to(m.getEmail(), "Reset your " + outbox.siteName() + " password"));
        });
    }

    /** Whether a reset link can still be used (the page shows the form only then). */
    @Transactional
    public boolean resetLinkValid(String token) {
        Instant now = BaseEntity.now();
        return tokens.findForUse(token).filter(t -> t.usableAt(now, TokenPurpose.RESET_PASSWORD)).isPresent();
    }

    /**
     * Sets a new password from a reset link: the link is used up (with every other reset link of the account),
     * and the address counts as confirmed, since the link reached it. Returns the account's email address.
     */
    @Transactional
    public String resetPassword(String token, String password, String repeated) {
        Instant now = BaseEntity.now();
        AccountToken used = tokens.findForUse(token).filter(t -> t.usableAt(now, TokenPurpose.RESET_PASSWORD))
                .orElseThrow(() -> InvalidInput.of("token", LINK_NOT_VALID));
        Member member = members.find(used.getMemberId()).orElseThrow(() -> InvalidInput.of("token", LINK_NOT_VALID));
        String typed = password == null ? "" : password;
        List<String> problems = PasswordPolicy.problems(typed, member.getEmail(), member.getDisplayName());
        if (!problems.isEmpty()) {
            throw InvalidInput.of("password", String.join(" ", problems));
        }
        if (!typed.equals(repeated)) {
            throw InvalidInput.of("repeated", "The two passwords are not the same. Type the new password twice.");
        }
        member.changePasswordHash(hasher.hash(typed.toCharArray()));
        member.verifyEmail(now);
        used.use(now);
        tokens.useAll(member.getId(), TokenPurpose.RESET_PASSWORD, now);
        LOG.info(() -> "Member #" + member.getId() + " reset their password");
        return member.getEmail();
    }
}
