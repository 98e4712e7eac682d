package org.clusterforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A new person's first visit, in headless Chromium against the running forum (demo content on): registering,
 * posting formatted text with an attack attempt, replying, signing out, and what a visitor may and may not do.
 */
class FirstVisitIT extends BrowserFlow {

    @Test
    void newMemberRegistersStartsAFormattedThreadRepliesAndSignsOut() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String email = "newcomer-" + suffix + "@example.org";
        browser.driver().manage().deleteAllCookies();
        browser.open("/");
        browser.follow("Register");

        browser.type("Your name", "Nia Newcomer");
        browser.type("Email address", email);
        browser.chooseOption("Organisation", "My organisation is not listed");
        browser.type("Organisation name", "Brightwater Diagnostics " + suffix);
        browser.chooseOption("Kind of organisation", "Company");
        browser.type("Password", "short");
        browser.press("Create account");
        assertTrue(browser.text().contains("Use at least 10 characters"), browser.text());
        browser.screenshot("register-weak-password");
        assertEquals("Nia Newcomer", browser.field("Your name").getDomProperty("value"));
        assertEquals(email, browser.field("Email address").getDomProperty("value"));

        browser.chooseOption("Organisation", "My organisation is not listed");
        browser.chooseOption("Kind of organisation", "Company");
        browser.type("Password", "tidal lagoon sensors 7");
        browser.press("Create account");
        assertTrue(browser.text().contains("Signed in as Nia Newcomer"), browser.text());

        browser.follow("Regulation & UKCA/MDR");
        browser.follow("Start a thread");
        browser.type("Title", "Class I software: UKCA self-declaration " + suffix);
        WebElement editor = browser.editor("Your post");
        editor.sendKeys("Our app is ");
        editor.sendKeys(Keys.chord(Keys.CONTROL, "b"));
        editor.sendKeys("bold");
        editor.sendKeys(Keys.chord(Keys.CONTROL, "b"));
        editor.sendKeys(" and we tried <script>alert('x')</script> & <b>tags</b> 👩‍⚕️ é");
        browser.screenshot("new-thread-filled");
        browser.press("Start thread");

        assertTrue(browser.title().contains("Class I software"), browser.title());
        assertTrue(browser.text().contains("others will see it once it is approved"), browser.text());
        WebElement post = browser.wait(By.cssSelector("#post-1 .rich-text"));
        assertEquals("bold", post.findElement(By.tagName("strong")).getText());
        assertTrue(post.getText().contains("<script>alert('x')</script> & <b>tags</b> 👩‍⚕️ é"), post.getText());
        assertTrue(post.findElements(By.tagName("script")).isEmpty());
        String threadUrl = browser.currentUrl();

        browser.editor("Your reply").sendKeys("A reply with a second thought.");
        browser.press("Post reply");
        WebElement reply = browser.wait(By.id("post-2"));
        assertTrue(reply.getText().contains("A reply with a second thought."));
        assertTrue(reply.getText().contains("Awaiting approval"), reply.getText());
        assertTrue(browser.text().contains("This thread is awaiting approval"), browser.text());
        browser.screenshot("thread-after-reply");

        browser.press("Sign out");
        assertTrue(browser.hasLink("Sign in"));
        browser.driver().get(threadUrl.replaceAll("#.*", ""));
        assertTrue(browser.title().startsWith("Page not found"), "a new member's first posts wait: " + browser.title());

        // a moderator approves both from the thread page
        browser.signIn("moderator@example.org", PASSWORD);
        browser.driver().get(threadUrl.replaceAll("#.*", ""));
        browser.press("Approve");
        assertTrue(browser.text().contains("The post is approved"), browser.text());
        browser.press("Approve");
        assertFalse(browser.hasButton("Approve"));
        assertTrue(browser.text().contains("1 reply"), browser.text());
        browser.press("Sign out");
        browser.driver().get(threadUrl.replaceAll("#.*", ""));
        assertTrue(browser.text().contains("A reply with a second thought."));
        assertFalse(browser.hasButton("Post reply"));
        assertTrue(browser.hasLink("Sign in to reply"));
    }

    @Test
    void emptyThreadKeepsTheTitleAndExplainsWhatIsMissing() {
        signInAsDemoMember();
        browser.open("/threads/new?theme=funding");
        browser.type("Title", "A title that survives a validation error");
        browser.press("Start thread");

        assertTrue(browser.text().contains("Write something in your post."), browser.text());
        browser.screenshot("new-thread-empty-body");
        assertEquals("A title that survives a validation error", browser.field("Title").getDomProperty("value"));
        browser.press("Sign out");
    }

    @Test
    void wrongPasswordShowsAMessageWithoutSayingWhichPartWasWrong() {
        browser.driver().manage().deleteAllCookies();
        browser.open("/account/signin");
        browser.type("Email address", "member@example.org");
        browser.type("Password", "definitely not it");
        browser.press("Sign in");

        assertTrue(browser.text().contains("The email address or password is not right."), browser.text());
        assertEquals("member@example.org", browser.field("Email address").getDomProperty("value"));
    }

    @Test
    void visitorIsSentToSignInWhenStartingAThreadAndBackAfterwards() {
        browser.driver().manage().deleteAllCookies();
        browser.open("/threads/new?theme=events");
        assertTrue(browser.currentUrl().contains("/account/signin"), browser.currentUrl());
        browser.type("Email address", "expert@example.org");
        browser.type("Password", "cluster-demo-2026");
        browser.press("Sign in");
        assertTrue(browser.currentUrl().contains("/threads/new"), browser.currentUrl());
        assertTrue(browser.text().contains("Start a thread"));
        browser.press("Sign out");
    }

    @Test
    void missingThreadAndProfileAnswer404() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String base = System.getProperty("forum.it.baseUrl", "http://localhost:18080/");
        for (String path : List.of("threads/thread?id=99999999", "members/profile?id=99999999",
                "themes/theme?slug=no-such-theme", "threads/thread?id=abc")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, response.statusCode(), path);
            assertTrue(response.body().contains("Page not found"), path);
        }
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicyAndHealthReportsTheDatabase() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String base = System.getProperty("forum.it.baseUrl", "http://localhost:18080/");
        HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(base)).build(),
                HttpResponse.BodyHandlers.ofString());
        String csp = home.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self' 'nonce-"), csp);
        assertTrue(csp.contains("object-src 'none'"), csp);
        assertFalse(csp.contains("unsafe-eval"), csp);

        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("\"database\""), health.body());
    }

    private static void signInAsDemoMember() {
        browser.signIn("member@example.org", "cluster-demo-2026");
    }
}
