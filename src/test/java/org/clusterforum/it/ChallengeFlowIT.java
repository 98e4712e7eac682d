package org.clusterforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A challenge's life in the running forum, in headless Chromium with the demo accounts: a member posts it with
 * tags, the matching demo expert is invited and answers with a disclosure, another member votes, the asker
 * accepts, and the challenge shows as solved in the lists. Plus what a member sees when the form is wrong.
 */
class ChallengeFlowIT extends BrowserFlow {

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
        browser.clickAndWait(browser.wait(By.cssSelector(".answer")).findElement(By.xpath(".//button[normalize-space(.)='Upvote']")));
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

    @Test
    void aMemberAsksToBecomeAnExpertAnAdministratorGrantsItAndTheExpertChoosesTags() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String email = "rita." + suffix + "@example.org";
        browser.driver().manage().deleteAllCookies();
        browser.open("/account/register");
        browser.type("Your name", "Rita Expert " + suffix);
        browser.type("Email address", email);
        browser.chooseOption("Organisation", "My organisation is not listed");
        browser.type("Organisation name", "Tamar Procurement Advisers " + suffix);
        browser.chooseOption("Kind of organisation", "Company");
        browser.type("Password", "tidal lagoon sensors 7");
        browser.press("Create account");
        browser.open("/challenges/for-me");
        browser.follow("Ask to become an expert");
        browser.type("Why you would like to be an expert", "Too short");
        browser.press("Request the expert role");
        assertTrue(browser.text().contains("at least 20 characters"), browser.text());
        browser.type("Why you would like to be an expert",
                "Ten years of NHS digital procurement; I help suppliers through DTAC and tenders.");
        browser.press("Request the expert role");
        assertTrue(browser.text().contains("Your request to become an expert is waiting"), browser.text());

        browser.signIn("admin@example.org", PASSWORD);
        browser.follow("Administration");
        String warning = browser.wait(By.id("mailOffWarning")).getText();
        assertTrue(warning.contains("Email is off: FORUM_SMTP_HOST is not set") && warning.contains("reset"),
                "the browser tests' forum has no SMTP server, and administrators are told: " + warning);
        browser.follow("Expert requests");
        browser.press("Grant expert role");
        assertTrue(browser.text().contains("The member is an expert now."), browser.text());

        browser.signIn(email, "tidal lagoon sensors 7");
        browser.open("/challenges/expertise");
        browser.check("NHS procurement");
        browser.check("DTAC");
        browser.press("Save expertise");
        assertTrue(browser.text().contains("Your expertise is saved"), browser.text());
        browser.open("/challenges/for-me");
        String expertise = browser.wait(By.id("expertise")).getText();
        assertTrue(expertise.contains("DTAC") && expertise.contains("NHS procurement"), expertise);

        // the asker of a demo challenge tagged NHS procurement is offered the new expert and invites them
        browser.signIn("member@example.org", PASSWORD);
        browser.open("/challenges");
        browser.follow("How do we get a wound-monitoring sensor onto an NHS framework?");
        WebElement experts = browser.wait(By.id("experts"));
        assertTrue(experts.getText().contains("Rita Expert " + suffix), experts.getText());
        browser.clickAndWait(experts.findElement(By.xpath(".//button[@aria-label='Invite Rita Expert " + suffix + "']")));
        assertTrue(browser.text().contains("The expert is invited."), browser.text());
        assertTrue(browser.wait(By.id("experts")).getText().contains("Rita Expert " + suffix + " – Waiting for a reply"
                + " (invited by name)"), browser.wait(By.id("experts")).getText());
    }
}
