package org.clusterforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Member groups in the running forum, in headless Chromium with the demo accounts: a member creates a private
 * group, invites a colleague (and mistypes an address first), the colleague accepts and starts a discussion, the
 * owner removes them, and from then on the removed member and visitors find nothing of the group's content at its
 * addresses.
 */
class GroupFlowIT extends BrowserFlow {

    @Test
    void anInvitedMemberAcceptsPostsIsRemovedAndThenFindsNothing() {
        String name = "Smart dressing bid " + UUID.randomUUID().toString().substring(0, 6);
        browser.signIn("founder@example.org", PASSWORD);
        browser.open("/groups");
        browser.follow("Create a group");
        browser.type("Group name", name);
        browser.type("Description", "Kestrel and Riverside preparing the SBRI bid.");
        browser.check("Private");
        browser.press("Create group");
        browser.wait(By.tagName("h1"));
        assertEquals(name, browser.driver().findElement(By.tagName("h1")).getText());
        assertTrue(browser.text().contains("Private group"), browser.text());
        String groupUrl = browser.currentUrl();

        browser.follow("Manage group");
        browser.type("Handle or email address", "nobody-at-all@example.org");
        browser.press("Send invitation");
        assertTrue(browser.text().contains("No member has the handle or email address \u201cnobody-at-all@example.org\u201d"),
                browser.text());
        assertEquals("nobody-at-all@example.org", browser.field("Handle or email address").getDomProperty("value"),
                "what was typed is kept");
        browser.type("Handle or email address", "researcher@example.org");
        browser.type("Message (optional)", "Welcome to the bid team.");
        browser.press("Send invitation");
        assertTrue(browser.text().contains("Invitation sent to Dr Aisha Bello"), browser.text());
        assertTrue(browser.text().contains("Invitation to Dr Aisha Bello"), browser.text());
        browser.screenshot("group-manage");

        browser.signIn("researcher@example.org", PASSWORD);
        assertTrue(browser.driver().findElement(By.id("groupsLink")).getText().contains("(1 invitation)"),
                "the header tells of the invitation");
        browser.open("/groups");
        assertTrue(browser.text().contains("Your invitations"), browser.text());
        assertTrue(browser.text().contains("Welcome to the bid team."), browser.text());
        browser.press("Accept");
        assertTrue(browser.text().contains("you are now a member"), browser.text());
        browser.follow("Start a discussion");
        browser.type("Title", "Who leads work package two?");
        browser.editor("Your post").sendKeys("Riverside can lead the clinical study.");
        browser.press("Start thread");
        browser.wait(By.id("post-1"));
        String threadUrl = browser.currentUrl().replaceAll("#.*", "");
        assertTrue(browser.wait(By.id("spaceLink")).getText().contains(name), "the thread names its group");

        browser.signIn("founder@example.org", PASSWORD);
        browser.driver().get(groupUrl);
        assertTrue(browser.text().contains("Who leads work package two?"), browser.text());
        browser.follow("Members");
        browser.press("Remove");
        assertTrue(browser.text().contains("Dr Aisha Bello is no longer a member."), browser.text());
        browser.screenshot("group-member-removed");

        browser.signIn("researcher@example.org", PASSWORD);
        browser.driver().get(threadUrl);
        assertTrue(browser.text().contains("Page not found"), "the removed member: " + browser.text());
        browser.driver().get(groupUrl);
        assertFalse(browser.text().contains("Who leads work package two?"), browser.text());
        assertTrue(browser.hasButton("Ask to join"), "a private group shows outsiders how to join");

        browser.driver().manage().deleteAllCookies();
        browser.driver().get(threadUrl);
        assertTrue(browser.text().contains("Page not found"), "a visitor: " + browser.text());
        browser.driver().get(groupUrl);
        assertFalse(browser.text().contains("Who leads work package two?"), browser.text());
    }

    @Test
    void aHiddenGroupDoesNotExistForOutsiders() {
        browser.signIn("researcher@example.org", PASSWORD);
        browser.open("/groups");
        assertFalse(browser.text().contains("Severn Vale remote monitoring shortlist"), browser.text());
        browser.open("/groups/group?slug=severn-vale-remote-monitoring-shortlist");
        assertTrue(browser.text().contains("Page not found"), browser.text());
        browser.open("/groups/members?slug=severn-vale-remote-monitoring-shortlist");
        assertTrue(browser.text().contains("Page not found"), browser.text());

        browser.signIn("data.expert@example.org", PASSWORD);
        browser.open("/groups");
        browser.follow("Severn Vale remote monitoring shortlist");
        assertTrue(browser.text().contains("Clarification questions, round one"), browser.text());
    }
}
