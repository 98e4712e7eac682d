package org.clusterforum.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

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

            browser.open("/moderation/queue");
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

    @Test
    void aMemberReportsAReplyTheModeratorHidesItFromTheQueueAndTheReporterIsTold() {
        String title = "Where to find NHS pilot sites " + UUID.randomUUID().toString().substring(0, 6);
        browser.signIn("founder@example.org", PASSWORD);
        String threadPath = browser.startThread("regulation", title, "Any advice on pilot sites?")
                .replaceAll("^https?://[^/]+/", "/");
        browser.signIn("procurement@example.org", PASSWORD);
        browser.open(threadPath);
        browser.editor("Your reply").sendKeys("Buy our premium list of pilot sites today!");
        browser.press("Post reply");
        browser.wait(By.id("post-2"));

        try (Browser reporter = new Browser()) {
            reporter.signIn("researcher@example.org", PASSWORD);
            reporter.open(threadPath);
            reporter.clickAndWait(reporter.wait(By.cssSelector("a[aria-label=\"Report Gareth Lewis's post 2\"]")));
            reporter.press("Send report");
            assertTrue(reporter.text().contains("Choose why you report this."), reporter.text());
            reporter.check("Spam or advertising");
            reporter.type("Details (required for something else)", "Selling a list");
            reporter.press("Send report");
            assertTrue(reporter.text().contains("The moderators will review your report"), reporter.text());

            browser.signIn("moderator@example.org", PASSWORD);
            browser.follow(browser.wait(By.id("reviewQueueLink")).getText());
            WebElement entry = browser.wait(By.xpath("//article[.//a[normalize-space(.)='" + title + "']]"));
            assertTrue(entry.getText().contains("Spam or advertising — Dr Aisha Bello"), entry.getText());
            assertTrue(entry.getText().contains("Selling a list"), entry.getText());
            entry.findElement(By.tagName("textarea")).sendKeys("Advertising is not allowed here");
            browser.screenshot("moderation-queue");
            WebElement hide = entry.findElement(By.xpath(".//button[normalize-space(.)='Hide post']"));
            browser.clickAndWait(hide);
            browser.wait(By.xpath("//*[contains(., 'Post hidden; its author sees your reason')]"));

            browser.open(threadPath);
            assertTrue(browser.wait(By.id("post-2")).getText().contains("Reason: Advertising is not allowed here"));

            reporter.open("/");
            assertTrue(reporter.text().contains("Your report of a post was handled: the post was hidden."),
                    reporter.text());
            reporter.press("Thanks, hide this");
            assertFalse(reporter.text().contains("Your report of a post was handled"), reporter.text());
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
