package org.clusterforum.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A moderator at work in headless Chromium: locking and deleting a new member's thread with a reason, then
 * suspending the member, who is signed out of their open session at once and told why when they try to sign in
 * again; lifting the suspension; and every action in the audit log.
 */
class ModerationFlowIT extends BrowserFlow {

    private static final String MEMBER_PASSWORD = "estuary wind farms 9";

    @Test
    void aModeratorLocksDeletesAndSuspendsAndTheMemberIsStoppedAtOnce() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String title = "Cheap CE marks for sale " + suffix;
        try (Browser member = new Browser()) {
            register(member, "Sam Spammer " + suffix, "spammer-" + suffix + "@example.org");
            String threadUrl = member.startThread("regulation", title, "Contact me for a certificate.");
            String threadPath = threadUrl.replaceAll("^https?://[^/]+/", "/");

            browser.signIn("moderator@example.org", PASSWORD);
            browser.open(threadPath);
            browser.follow("Moderate thread");
            browser.type("Reason (kept in the audit log; required to delete)", "Selling certificates");
            browser.press("Lock thread");
            assertTrue(browser.text().contains("This thread is locked: no new replies. Reason: Selling certificates"),
                    browser.text());

            member.open(threadPath);
            assertFalse(member.hasButton("Post reply"), "the member can no longer reply");
            assertTrue(member.text().contains("This thread is locked"));

            browser.follow("Moderate thread");
            browser.press("Delete thread");
            assertTrue(browser.text().contains("Give the reason for deleting this thread"), browser.text());
            browser.type("Reason (kept in the audit log; required to delete)", "Spam");
            browser.press("Delete thread");
            assertTrue(browser.text().contains("This thread is deleted: Spam"), browser.text());
            browser.screenshot("moderation-thread-deleted");

            member.open(threadPath);
            assertTrue(member.title().startsWith("Page not found"), member.title());

            browser.follow(browser.driver().findElement(By.cssSelector("#post-1 .post-author")).getText());
            browser.follow("Warn, silence or suspend");
            browser.press("Suspend member");
            assertTrue(browser.text().contains("Give the reason"), browser.text());
            browser.type("Reason or message (the member sees it)", "Selling fake certificates");
            browser.press("Suspend member");
            assertTrue(browser.text().contains("is suspended and signed out"), browser.text());
            browser.screenshot("moderation-member-suspended");

            member.open("/");
            assertTrue(member.currentUrl().contains("/account/signin"), member.currentUrl());
            assertTrue(member.text().contains("You were signed out"), member.text());
            member.type("Email address", "spammer-" + suffix + "@example.org");
            member.type("Password", MEMBER_PASSWORD);
            member.press("Sign in");
            assertTrue(member.text().contains("This account is suspended until the moderators lift it. Reason: "
                    + "Selling fake certificates"), member.text());

            browser.press("Lift sanctions");
            assertTrue(browser.text().contains("Sanctions lifted"), browser.text());
            member.signIn("spammer-" + suffix + "@example.org", MEMBER_PASSWORD);

            browser.follow("Audit log");
            browser.type("Search (member, item or reason)", suffix);
            browser.press("Search the log");
            String log = browser.text();
            browser.screenshot("moderation-audit-log");
            for (String action : new String[] {"Locked a thread", "Deleted a thread", "Suspended a member",
                    "Lifted a sanction"}) {
                assertTrue(log.contains(action), action + " in " + log);
            }
        }
    }

    private static void register(Browser who, String name, String email) {
        who.open("/account/register");
        who.type("Your name", name);
        who.type("Email address", email);
        who.chooseOption("Organisation", "My organisation is not listed");
        who.type("Organisation name", "Spam Ltd " + email);
        who.chooseOption("Kind of organisation", "Company");
        who.type("Password", MEMBER_PASSWORD);
        who.press("Create account");
        who.wait(By.xpath("//*[contains(., 'Signed in as')]"));
    }
}
