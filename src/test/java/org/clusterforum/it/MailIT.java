package org.clusterforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clusterforum.account.model.OrganisationKind;
import org.clusterforum.account.service.AccountEmails;
import org.clusterforum.account.service.AccountService;
import org.clusterforum.account.service.Registration;
import org.clusterforum.account.service.SignInOutcome;
import org.clusterforum.discussion.service.DiscussionService;
import org.clusterforum.notification.model.EmailFrequency;
import org.clusterforum.notification.model.NotificationKind;
import org.clusterforum.notification.service.EmailChoice;
import org.clusterforum.notification.service.EmailSettings;
import org.clusterforum.notification.service.NotificationMail;
import org.clusterforum.platform.mail.MailOutbox;
import org.clusterforum.platform.mail.OutboxMail;
import org.clusterforum.platform.mail.OutboxStore;
import org.clusterforum.platform.persistence.PageRequest;
import org.clusterforum.platform.security.Role;
import org.clusterforum.platform.security.TrustedWrites;
import org.clusterforum.platform.security.Viewer;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.InvalidInput;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Email through a real SMTP server (GreenMail, started inside the test forum): confirming the address at
 * registration, password reset with single-use links, notification emails as each member chose (at once, digests,
 * never), the outbox riding out an SMTP outage without losing or repeating a message, and unsubscribe links.
 */
@ExtendWith(ArquillianExtension.class)
class MailIT {

    private static final String PASSWORD = TestPeople.PASSWORD;
    /** The outbox may hold other test classes' mail (they share the database), sent as GreenMail starts. */
    private static final Duration WAIT = Duration.ofSeconds(40);

    @Deployment
    static WebArchive deployment() {
        return Deployments.forumWithLibraries(new Class<?>[] {MailIT.class, TestPeople.class, TestMailServer.class},
                com.icegreen.greenmail.util.GreenMail.class, org.slf4j.LoggerFactory.class);
    }

    @Inject
    AccountService accounts;

    @Inject
    AccountEmails accountEmails;

    @Inject
    DiscussionService discussions;

    @Inject
    EmailSettings emailSettings;

    @Inject
    NotificationMail notificationMail;

    @Inject
    MailOutbox outbox;

    @Inject
    org.clusterforum.group.service.GroupService groups;

    @Inject
    OutboxStore outboxStore;

    @Test
    void aNewMemberConfirmsTheirAddressFromTheEmailBeforeSigningInAndTheLinkWorksOnce() throws Exception {
        TestMailServer.start();
        String email = address("newcomer");
        accounts.register(new Registration("Nia Newcomer", email, PASSWORD, null, "Newcomer Ltd",
                OrganisationKind.COMPANY));

        assertInstanceOf(SignInOutcome.Unverified.class, accounts.authenticate(email, PASSWORD, "192.0.2.20"),
                "no sign-in before the address is confirmed");
        MimeMessage mail = single(email);
        assertTrue(mail.getSubject().startsWith("Confirm your email address"), mail.getSubject());
        String text = part(mail, 0);
        String html = part(mail, 1);
        assertTrue(text.contains("Hello Nia Newcomer"), text);
        String token = find(text, "http://forum\\.test/account/verify\\?token=([A-Za-z0-9_-]+)");
        assertTrue(html.contains("href=\"http://forum.test/account/verify?token=" + token + "\""), html);

        assertEquals(email, accountEmails.verify(token));
        assertInstanceOf(SignInOutcome.Success.class, accounts.authenticate(email, PASSWORD, "192.0.2.20"));
        InvalidInput again = assertThrows(InvalidInput.class, () -> accountEmails.verify(token));
        assertEquals(AccountEmails.LINK_NOT_VALID, again.messages().get("token"));
        assertThrows(InvalidInput.class, () -> accountEmails.verify("made-up-token"));

        accountEmails.resendVerification(email);
        Thread.sleep(500);
        assertEquals(1, TestMailServer.to(email).size(), "a confirmed address gets no second link");
    }

    @Test
    void aForgottenPasswordIsResetFromASingleUseLinkAndNobodyLearnsWhichAddressesHaveAccounts() throws Exception {
        TestMailServer.start();
        String email = address("forgetful");
        register("Fran Forgetful", email);

        accountEmails.requestPasswordReset("  " + email.toUpperCase() + " ");
        accountEmails.requestPasswordReset(email); // a second click within two minutes sends nothing new
        accountEmails.requestPasswordReset(address("nobody-here")); // no account: the same silence
        MimeMessage mail = single(email);
        assertTrue(mail.getSubject().startsWith("Reset your"), mail.getSubject());
        String token = find(part(mail, 0), "http://forum\\.test/account/reset\\?token=([A-Za-z0-9_-]+)");
        Thread.sleep(500);
        assertEquals(1, TestMailServer.to(email).size());
        assertTrue(accountEmails.resetLinkValid(token));

        InvalidInput weak = assertThrows(InvalidInput.class, () -> accountEmails.resetPassword(token, "short", "short"));
        assertTrue(weak.messages().containsKey("password"));
        InvalidInput different = assertThrows(InvalidInput.class,
                () -> accountEmails.resetPassword(token, "Malvern hills ridge walk", "Malvern hills ridge"));
        assertTrue(different.messages().containsKey("repeated"));
        assertTrue(accountEmails.resetLinkValid(token), "a refused attempt leaves the link usable");

        assertEquals(email, accountEmails.resetPassword(token, "Malvern hills ridge walk", "Malvern hills ridge walk"));
        assertInstanceOf(SignInOutcome.Success.class,
                accounts.authenticate(email, "Malvern hills ridge walk", "192.0.2.21"));
        assertInstanceOf(SignInOutcome.WrongCredentials.class, accounts.authenticate(email, PASSWORD, "192.0.2.22"));
        assertFalse(accountEmails.resetLinkValid(token));
        InvalidInput used = assertThrows(InvalidInput.class,
                () -> accountEmails.resetPassword(token, "Another long phrase here", "Another long phrase here"));
        assertEquals(AccountEmails.LINK_NOT_VALID, used.messages().get("token"));
    }

    @Test
    void notificationEmailsFollowEachMembersChoicesAtOnceInDigestsOrNever() throws Exception {
        TestMailServer.start();
        String askerEmail = address("asker");
        Viewer asker = register("Ada Asker", askerEmail);
        Viewer helper = register("Hal Helper", address("helper"));
        String handle = accounts.profile(asker.memberId()).handle();
        String theme = theme();
        long thread = discussions.startThread(asker, theme, "Finding a <notified> body", "<p>Who has been through"
                + " a notified body review for class IIa software?</p>");

        // a reply to her post: emailed at once by default, with the words, a link back and both parts
        long firstReply = discussions.reply(helper, thread, "<p>We used BSI; it took <b>nine</b> months.</p>",
                openingPostOf(thread)).postId();
        prepareAndSend();
        MimeMessage replyMail = single(askerEmail);
        assertEquals("Hal Helper replied to your post in “Finding a <notified> body”", replyMail.getSubject());
        String text = part(replyMail, 0);
        assertTrue(text.contains("> We used BSI; it took nine months."), text);
        assertTrue(text.contains("http://forum.test/threads/thread?id=" + thread), text);
        String html = part(replyMail, 1);
        assertTrue(html.contains("Finding a &lt;notified&gt; body"), "text is escaped in the HTML part: " + html);
        assertFalse(html.contains("<b>nine</b>"), html);
        assertNotNull(replyMail.getHeader("List-Unsubscribe"));
        assertEquals("List-Unsubscribe=One-Click", replyMail.getHeader("List-Unsubscribe-Post")[0]);

        // she turns replies off and mentions into a daily digest
        Map<NotificationKind, EmailFrequency> choices = current(asker);
        choices.put(NotificationKind.REPLY_TO_YOU, EmailFrequency.OFF);
        choices.put(NotificationKind.MENTION, EmailFrequency.DAILY);
        choices.put(NotificationKind.WATCHED_REPLY, EmailFrequency.OFF);
        emailSettings.choose(asker, choices);
        discussions.reply(helper, thread, "<p>Another reply to you.</p>", firstReply);
        discussions.reply(helper, thread, "<p>Thanks @" + handle + ", see the MHRA guidance.</p>");
        discussions.reply(helper, thread, "<p>And @" + handle + ", the DTAC too.</p>");
        Instant now = Instant.now();
        prepareAndSend(now);
        List<MimeMessage> received = awaitMail(askerEmail, 2);
        assertEquals(2, received.size(), "one digest, no email for the reply she switched off");
        MimeMessage digest = received.get(1);
        assertTrue(digest.getSubject().startsWith("Your daily digest from"), digest.getSubject());
        assertTrue(digest.getSubject().endsWith("2 new items"), digest.getSubject());
        String digestText = part(digest, 0);
        assertTrue(digestText.contains("see the MHRA guidance") && digestText.contains("the DTAC too"), digestText);
        assertFalse(digestText.contains("Another reply to you"), digestText);

        // the next mention waits for tomorrow's digest: nothing now, then one digest, never twice
        discussions.reply(helper, thread, "<p>One more thing, @" + handle + ": the NICE evidence standards.</p>");
        prepareAndSend(now);
        Thread.sleep(1000);
        assertEquals(2, TestMailServer.to(askerEmail).size(), "the daily digest went out already today");
        prepareAndSend(now.plus(Duration.ofDays(1)));
        prepareAndSend(now.plus(Duration.ofDays(1)));
        received = awaitMail(askerEmail, 3);
        Thread.sleep(500);
        assertEquals(3, TestMailServer.to(askerEmail).size());
        assertTrue(part(TestMailServer.to(askerEmail).get(2), 0).contains("NICE evidence standards"));
    }

    @Test
    void theOutboxKeepsMailThroughAnSmtpOutageAndSendsItOnceWhenTheServerIsBack() throws Exception {
        String email = address("patient");
        register("Pat Patient", email);
        TestMailServer.stop();
        try {
            accountEmails.requestPasswordReset(email);
            OutboxMail waiting = awaitAttempt(email);
            assertTrue(waiting.getAttempts() >= 1);
            assertEquals(null, waiting.getSentAt());
            assertNotNull(waiting.getLastError());
            assertTrue(waiting.getNextAttemptAt().isAfter(Instant.now()), "the next try waits a while");
            assertTrue(outbox.status().waiting() >= 1);
        } finally {
            TestMailServer.start();
        }
        Instant later = Instant.now().plus(Duration.ofMinutes(10));
        // two senders at once (two threads, as on two nodes): the claim lets one of them send it
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> deliverAll(later));
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(() -> deliverAll(later));
        one.get();
        two.get();
        assertEquals(1, awaitMail(email, 1).size());
        deliverAll(later.plus(Duration.ofDays(3)));
        Thread.sleep(500);
        assertEquals(1, TestMailServer.to(email).size(), "sent once, never again");
        assertNotNull(outboxStore.to(email).get(0).getSentAt());
    }

    @Test
    void theUnsubscribeLinkStopsOneKindOrEveryEmailForItsOwnerOnly() throws Exception {
        TestMailServer.start();
        String email = address("reader");
        Viewer reader = register("Rae Reader", email);
        Viewer writer = register("Wes Writer", address("writer"));
        long thread = discussions.startThread(reader, theme(), "Evidence for commissioners", "<p>What do ICBs ask?</p>");
        discussions.reply(writer, thread, "<p>Real-world outcomes.</p>", openingPostOf(thread));
        prepareAndSend();
        String header = single(email).getHeader("List-Unsubscribe")[0];
        String oneClick = header.substring(1, header.length() - 1);
        assertTrue(oneClick.startsWith("http://forum.test/mail/one-click?"), oneClick);
        long member = Long.parseLong(find(oneClick, "[?&]m=(\\d+)"));
        String key = find(oneClick, "[?&]k=([0-9a-f]+)");
        assertEquals("REPLY_TO_YOU", find(oneClick, "[?&]kind=([A-Z_]+)"));

        assertThrows(Forbidden.class, () -> emailSettings.unsubscribe(member, key + "0", "REPLY_TO_YOU"));
        assertThrows(Forbidden.class, () -> emailSettings.unsubscribe(writer.memberId(), key, "REPLY_TO_YOU"));
        assertEquals("Someone replies to your post",
                emailSettings.unsubscribeTarget(member, key, "REPLY_TO_YOU").orElseThrow());

        emailSettings.unsubscribe(member, key, "REPLY_TO_YOU");
        emailSettings.unsubscribe(member, key, "REPLY_TO_YOU");
        Map<NotificationKind, EmailFrequency> after = current(reader);
        assertEquals(EmailFrequency.OFF, after.get(NotificationKind.REPLY_TO_YOU));
        assertEquals(EmailFrequency.IMMEDIATELY, after.get(NotificationKind.MENTION), "other kinds stay as they were");

        discussions.reply(writer, thread, "<p>And budget impact.</p>", openingPostOf(thread));
        prepareAndSend();
        Thread.sleep(1000);
        assertEquals(1, TestMailServer.to(email).size(), "no more reply emails");

        emailSettings.unsubscribe(member, key, null);
        assertTrue(current(reader).values().stream().allMatch(f -> f == EmailFrequency.OFF));
    }

    @Test
    void anInvitedMemberIsToldByEmailWithTheOwnersMessage() throws Exception {
        TestMailServer.start();
        Viewer owner = register("Olu Owner", address("owner"));
        String email = address("invitee");
        register("Ivy Invitee", email);
        String slug = groups.createGroup(owner, new org.clusterforum.group.service.GroupForm("Bid team "
                + TestPeople.letters(), "Preparing an SBRI bid.", org.clusterforum.group.model.GroupVisibility.HIDDEN));

        groups.invite(owner, slug, email, "We need your <evidence> plan.");

        MimeMessage mail = single(email);
        assertTrue(mail.getSubject().startsWith("Olu Owner invites you to join “Bid team "), mail.getSubject());
        String text = part(mail, 0);
        assertTrue(text.contains("> We need your <evidence> plan.") && text.contains("http://forum.test/groups"), text);
        assertTrue(part(mail, 1).contains("We need your &lt;evidence&gt; plan."));
    }

    /** Waits for mail to this address, nudging the outbox meanwhile (as its sweeps do every 30 s). */
    private List<MimeMessage> awaitMail(String email, int count) {
        long end = System.nanoTime() + WAIT.toNanos();
        List<MimeMessage> received = TestMailServer.to(email);
        while (received.size() < count && System.nanoTime() < end) {
            outbox.deliverDue(Instant.now());
            received = TestMailServer.await(email, count, Duration.ofSeconds(1));
        }
        return received;
    }

    /** Sends everything due at {@code at} (other tests' mail included), a batch at a time. */
    private int deliverAll(Instant at) {
        int sent = 0;
        for (int round = outbox.deliverDue(at); round > 0; round = outbox.deliverDue(at)) {
            sent += round;
        }
        return sent;
    }

    private void prepareAndSend() {
        prepareAndSend(Instant.now());
    }

    /** What the background sweeps would do by themselves within a few seconds, at once. */
    private void prepareAndSend(Instant now) {
        notificationMail.sweep(now);
        outbox.deliverDue(Instant.now());
    }

    private OutboxMail awaitAttempt(String email) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < end) {
            List<OutboxMail> rows = outboxStore.to(email);
            if (!rows.isEmpty() && rows.get(0).getAttempts() > 0) {
                return rows.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the outbox never tried to send the message to " + email);
    }

    private Map<NotificationKind, EmailFrequency> current(Viewer viewer) {
        Map<NotificationKind, EmailFrequency> choices = new EnumMap<>(NotificationKind.class);
        for (EmailChoice c : emailSettings.choices(viewer)) {
            choices.put(c.kind(), c.frequency());
        }
        return choices;
    }

    private long openingPostOf(long threadId) {
        return discussions.posts(Viewer.anonymous(), threadId, new PageRequest(1, 20)).items().get(0).id();
    }

    private MimeMessage single(String email) {
        List<MimeMessage> received = awaitMail(email, 1);
        assertEquals(1, received.size(), "one message to " + email);
        return received.get(0);
    }

    private static String part(MimeMessage message, int index) throws Exception {
        return ((MimeMultipart) message.getContent()).getBodyPart(index).getContent().toString();
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), regex + " in " + text);
        return m.group(1);
    }

    private Viewer register(String name, String email) {
        long[] id = new long[1];
        TrustedWrites.run(() -> id[0] = accounts.register(new Registration(name, email, PASSWORD, null,
                "Test Org " + name, OrganisationKind.COMPANY)));
        return accounts.viewerOf(id[0]).orElseThrow();
    }

    private String theme() {
        String slug = "mail-" + TestPeople.letters();
        discussions.createTheme(new TestPeople(accounts).staff(Role.ADMIN), "Mail " + slug, slug, "Mail tests.", 95);
        return slug;
    }

    private static String address(String who) {
        return TestPeople.letters() + "-" + who + "@example.org";
    }
}
