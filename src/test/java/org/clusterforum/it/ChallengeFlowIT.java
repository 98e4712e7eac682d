package org.clusterforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A challenge's life in the running forum, in headless Chromium with the demo accounts: a member posts it with
 * tags, the matching demo expert is invited and answers with a disclosure, another member votes, the asker
 * accepts, and the challenge shows as solved in the lists. Plus what a member sees when the form is wrong.
 */
class ChallengeFlowIT {

    private static final String PASSWORD = "cluster-demo-2026";

    private static Browser browser;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aChallengeIsPostedAnsweredByTheInvitedExpertVotedAcceptedAndListedAsSolved() {
        String title = "Do we need a DPIA for a remote monitoring pilot " + UUID.randomUUID().toString().substring(0, 6);
        browser.signIn("researcher@example.org", PASSWORD);
        browser.open("/challenges");
        browser.follow("Post a challenge");
        browser.type("Title", title);
        browser.check("Data protection");
        browser.check("Interoperability and FHIR");
        browser.editor("Describe your challenge").sendKeys("Our trust partner asks for a DPIA before a pilot.");
        browser.press("Post challenge");

        browser.wait(By.id("challengeTitle"));
        String challengeUrl = browser.currentUrl().replaceAll("#.*", "");
        assertEquals("Open", browser.driver().findElement(By.id("challengeStatus")).getText());
        browser.screenshot("challenge-posted");
        WebElement experts = browser.wait(By.id("experts"));
        assertTrue(experts.getText().contains("Marcus Hale"), "the data-protection expert is invited: "
                + experts.getText());
        assertFalse(experts.getText().contains("Rachel Osei"), "a market-access expert is not: " + experts.getText());

        browser.signIn("data.expert@example.org", PASSWORD);
        browser.open("/challenges/for-me");
        assertTrue(browser.text().contains(title), "the invitation is on the expert's page: " + browser.text());
        browser.driver().get(challengeUrl);
        browser.press("I will answer");
        browser.editor("Your answer").sendKeys("Yes: the trust owns the DPIA; give them your data flows.");
        browser.check("My organisation sells a product or service related to this challenge");
        browser.type("What your organisation sells (if you ticked the box)", "DPIA support services");
        browser.press("Post your answer");
        WebElement answer = browser.wait(By.cssSelector(".answer"));
        assertTrue(answer.getText().contains("Conflict of interest: DPIA support services"), answer.getText());

        browser.signIn("member@example.org", PASSWORD);
        browser.driver().get(challengeUrl);
        browser.wait(By.cssSelector(".answer")).findElement(By.xpath(".//button[normalize-space(.)='Upvote']")).click();
        browser.waitForPage();
        assertTrue(browser.text().contains("Thanks for voting."), browser.text());
        assertEquals("1", browser.wait(By.cssSelector(".answer .score")).getText());

        browser.signIn("researcher@example.org", PASSWORD);
        browser.driver().get(challengeUrl);
        browser.press("Accept this answer");
        assertEquals("Solved", browser.wait(By.id("challengeStatus")).getText());
        assertTrue(browser.wait(By.cssSelector(".answer")).getText().contains("Accepted answer"));
        browser.screenshot("challenge-solved");

        browser.open("/challenges?view=solved");
        assertTrue(browser.text().contains(title), "listed as solved");
        browser.open("/challenges?view=unsolved");
        assertFalse(browser.text().contains(title), "no longer unsolved");
    }

    @Test
    void aChallengeWithoutTagsOrTextIsRefusedWithMessagesAndTheTitleIsKept() {
        browser.signIn("founder@example.org", PASSWORD);
        browser.open("/challenges/ask");
        browser.type("Title", "Who reviews clinical safety cases?");
        browser.press("Post challenge");
        assertTrue(browser.text().contains("Choose at least one tag"), browser.text());
        assertTrue(browser.text().contains("Write something in your post."), browser.text());
        assertEquals("Who reviews clinical safety cases?", browser.field("Title").getDomProperty("value"));
    }

    @Test
    void aVisitorReadsChallengesAndIsAskedToSignInToAnswer() {
        browser.driver().manage().deleteAllCookies();
        browser.open("/challenges");
        browser.follow("What does an NHS trust need from us on DTAC before a pilot?");
        assertEquals("Solved", browser.wait(By.id("challengeStatus")).getText());
        assertTrue(browser.hasLink("Sign in to answer"));
        assertFalse(browser.hasButton("Upvote"));
    }
}
