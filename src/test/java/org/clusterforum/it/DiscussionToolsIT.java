package org.clusterforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Quoting and replying to a post, liking, editing with history, and an edit conflict between two browser
 * windows, as members do it in headless Chromium against the running forum (demo accounts).
 */
class DiscussionToolsIT extends BrowserFlow {

    @Test
    void aLikeOnTheSecondPageOfAThreadGoesToThePostClickedAndTheReplyLandsThere() {
        String title = "A long thread about DTAC evidence " + UUID.randomUUID().toString().substring(0, 6);
        signIn(browser, "founder@example.org");
        String threadUrl = browser.startThread("regulation", title, "Post number 1");
        for (int n = 2; n <= 21; n++) {
            browser.editor("Your reply").sendKeys("Post number " + n);
            browser.press("Post reply");
            browser.wait(By.id("post-" + n));
            // the editor's draft save on leaving it must not race the post and wipe this message
            assertTrue(browser.text().contains("Your reply is posted."), "after reply " + n);
        }
        browser.press("Sign out");

        signIn(browser, "member@example.org");
        browser.driver().get(threadUrl + "&page=2");
        WebElement last = browser.wait(By.id("post-21"));
        assertTrue(browser.text().contains("Page 2 of 2"), browser.text());
        last.findElement(By.xpath(".//button[normalize-space(.)='Like']")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> d.findElement(By.id("post-21")).getText().contains("1 like"));

        browser.editor("Your reply").sendKeys("Replying from the second page.");
        browser.press("Post reply");
        assertTrue(browser.wait(By.id("post-22")).getText().contains("Replying from the second page."));

        browser.follow("Previous page");
        assertTrue(browser.wait(By.id("post-1")).getText().contains("Post number 1"));
        assertTrue(browser.text().contains("Page 1 of 2"), browser.text());
        assertFalse(browser.wait(By.id("post-1")).getText().contains("1 like"), "page 1 was not liked");
    }

    @Test
    void typingAtAndAFewLettersOffersMembersAndEnterInsertsTheHandle() {
        signIn(browser, "member@example.org");
        String threadUrl = browser.startThread("funding", "Who knows SBRI? " + UUID.randomUUID().toString()
                .substring(0, 6), "Looking for advice on an SBRI bid.");
        browser.driver().get(threadUrl);
        WebElement editor = browser.editor("Your reply");
        editor.sendKeys("Could you help, @pri");

        WebElement option = browser.wait(By.cssSelector("#mention-suggestions [role=option]"));
        assertTrue(option.getText().contains("Dr Priya Raman"), option.getText());
        assertEquals("mention-option-0", editor.getDomAttribute("aria-activedescendant"));
        browser.screenshot("mention-suggestions");
        editor.sendKeys(Keys.ENTER);
        editor.sendKeys("please?");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> editor.getText().contains("Could you help, @dr-priya-raman please?"));
        assertTrue(browser.driver().findElements(By.id("mention-suggestions")).isEmpty(), "the list closes");
        browser.press("Post reply");

        WebElement reply = browser.wait(By.id("post-2"));
        assertEquals("@dr-priya-raman", reply.findElement(By.partialLinkText("@dr-priya-raman")).getText());
    }

    @Test
    void memberQuotesAPostLikesItAndEditsTheirReplyWithVisibleHistory() {
        String title = "Evidence for a falls-prevention wearable " + UUID.randomUUID().toString().substring(0, 6);
        signIn(browser, "expert@example.org");
        String threadUrl = browser.startThread("clinical-evidence", title, "Start with a service evaluation before any trial.");
        browser.press("Sign out");

        signIn(browser, "member@example.org");
        browser.driver().get(threadUrl);
        WebElement firstPost = browser.wait(By.id("post-1"));
        firstPost.findElement(By.linkText("Quote")).click();
        browser.waitForPage();
        assertTrue(browser.text().contains("Replying to Dr Priya Raman's post #1"), browser.text());
        WebElement editor = browser.editor("Your reply");
        editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
        editor.sendKeys("Thanks, we will do that first.");
        browser.press("Post reply");

        WebElement reply = browser.wait(By.id("post-2"));
        assertTrue(reply.getText().contains("In reply to Dr Priya Raman's post #1"), reply.getText());
        // The editor keeps a quote as one block-quote line per paragraph; together they read as one quote.
        String quoted = String.join("\n", reply.findElements(By.tagName("blockquote")).stream()
                .map(WebElement::getText).toList());
        assertEquals("Dr Priya Raman wrote:\nStart with a service evaluation before any trial.", quoted);
        assertTrue(reply.getText().contains("Thanks, we will do that first."));

        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
        browser.wait(By.id("post-1")).findElement(By.xpath(".//button[normalize-space(.)='Like']")).click();
        wait.until(d -> d.findElement(By.id("post-1")).getText().contains("1 like"));
        assertTrue(browser.wait(By.id("post-1")).findElements(By.xpath(".//button[normalize-space(.)='Like']")).isEmpty());
        assertTrue(browser.wait(By.id("post-2")).findElements(By.xpath(".//button[normalize-space(.)='Like']")).isEmpty(),
                "no like button on your own post");
        browser.wait(By.id("post-1")).findElement(By.xpath(".//button[normalize-space(.)='Unlike']")).click();
        wait.until(d -> !d.findElement(By.id("post-1")).getText().contains("1 like"));
        browser.screenshot("thread-quote-like");

        browser.clickAndWait(browser.wait(By.id("post-2")).findElement(By.linkText("Edit")));
        WebElement edit = browser.editor("Post text");
        edit.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
        edit.sendKeys(" We start in March.");
        browser.press("Save changes");
        WebElement edited = browser.wait(By.id("post-2"));
        assertTrue(edited.getText().contains("We start in March."), edited.getText());
        browser.clickAndWait(edited.findElement(By.linkText("edited")));
        assertTrue(browser.text().contains("Before edit 1 by Sam Whitfield"), browser.text());
        assertTrue(browser.text().contains("Thanks, we will do that first."));
        browser.press("Sign out");

        signIn(browser, "expert@example.org");
        browser.open("/themes/theme?slug=clinical-evidence");
        WebElement row = browser.wait(By.xpath("//tr[.//a[normalize-space(.)='" + title + "']]"));
        assertTrue(row.getText().contains("1 new post"), row.getText());
        browser.clickAndWait(row.findElement(By.linkText(title)));
        assertTrue(browser.currentUrl().endsWith("#post-2"), browser.currentUrl());
        browser.open("/themes/theme?slug=clinical-evidence");
        assertFalse(browser.wait(By.xpath("//tr[.//a[normalize-space(.)='" + title + "']]")).getText()
                .contains("new post"));
        browser.press("Sign out");
    }

    @Test
    void theSecondOfTwoEditorsSeesAConflictAndKeepsTheirText() {
        String title = "Two tabs, one post " + UUID.randomUUID().toString().substring(0, 6);
        signIn(browser, "founder@example.org");
        browser.startThread("digital-health-apps", title, "First version.");
        browser.clickAndWait(browser.wait(By.id("post-1")).findElement(By.linkText("Edit")));
        String editUrl = browser.currentUrl();

        try (Browser other = new Browser()) {
            signIn(other, "founder@example.org");
            other.driver().get(editUrl);
            WebElement theirs = other.editor("Post text");
            theirs.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
            theirs.sendKeys(" Changed in the other tab.");
            other.press("Save changes");
            assertTrue(other.text().contains("Changed in the other tab."));
        }

        WebElement mine = browser.editor("Post text");
        mine.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
        mine.sendKeys(" My careful addition.");
        browser.press("Save changes");

        assertTrue(browser.text().contains("Someone else changed this post while you were editing it."),
                browser.text());
        assertTrue(browser.text().contains("Changed in the other tab."), "their version is shown");
        assertTrue(browser.editor("Post text").getText().contains("My careful addition."), "my text is kept");
        browser.screenshot("edit-conflict");
        browser.press("Save changes");
        WebElement post = browser.wait(By.id("post-1"));
        assertTrue(post.getText().contains("My careful addition."), post.getText());
        assertFalse(browser.text().contains("Someone else changed"));
        browser.press("Sign out");
    }

    @Test
    void anUnpostedReplyComesBackAfterLeavingThePage() {
        signIn(browser, "researcher@example.org");
        browser.open("/themes/theme?slug=skills");
        browser.follow("First regulatory hire: contractor or permanent employee?");
        String threadUrl = browser.currentUrl().replaceAll("#.*", "");
        browser.editor("Your reply").sendKeys("We hired a contractor first, then");
        // the draft is saved 1.5 s after the last keystroke; give the save time to reach the server
        sleepQuietly(3500);
        browser.follow("Themes");

        browser.driver().get(threadUrl);
        assertTrue(browser.text().contains("Your reply that was not posted yet is back in the reply box."),
                browser.text());
        assertTrue(browser.editor("Your reply").getText().contains("We hired a contractor first, then"));
        browser.editor("Your reply").sendKeys(" moved them to a permanent role.");
        browser.press("Post reply");
        assertTrue(browser.text().contains("moved them to a permanent role."));
        browser.driver().get(threadUrl);
        assertFalse(browser.text().contains("is back in the reply box"), "the draft is gone once posted");
        assertEquals("", browser.editor("Your reply").getText().strip());
        browser.press("Sign out");
    }

    @Test
    void aDraftThatCanNoLongerBeSavedSaysSoOnThePageAndTheTextStays() {
        signIn(browser, "member@example.org");
        String threadUrl = browser.startThread("skills", "Keeping a draft " + UUID.randomUUID().toString()
                .substring(0, 6), "A thread to reply to.");
        browser.driver().get(threadUrl);
        browser.driver().manage().deleteCookieNamed("JSESSIONID"); // the session ended while the member typed
        browser.editor("Your reply").sendKeys("A reply I do not want to lose");

        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> browser.text().contains("This page has expired, so what you just did was not saved."));
        assertEquals(threadUrl.replaceAll("#.*", ""), browser.currentUrl().replaceAll("#.*", ""),
                "the member stays on the page");
        assertTrue(browser.editor("Your reply").getText().contains("A reply I do not want to lose"));

        browser.press("Post reply"); // the form cannot be sent any more: the page hands the text back
        assertTrue(browser.title().startsWith("Your session has expired"), browser.title());
        assertEquals("A reply I do not want to lose", browser.field("Your text").getDomProperty("value"));
    }

    @Test
    void aMentionRingsTheBellAndLeadsToThePost() {
        String title = "Asking an expert by name " + UUID.randomUUID().toString().substring(0, 6);
        signIn(browser, "procurement@example.org");
        browser.startThread("regulation", title, "Could @dr-priya-raman check our classification?");
        WebElement post = browser.wait(By.id("post-1"));
        assertEquals("@dr-priya-raman", post.findElement(By.linkText("@dr-priya-raman")).getText());
        browser.press("Sign out");

        signIn(browser, "expert@example.org");
        WebElement bell = browser.wait(By.id("bell"));
        assertTrue(bell.getText().matches("(?s).*Notifications\\s*\\d+.*"), bell.getText());
        browser.clickAndWait(bell);
        WebElement item = browser.wait(By.xpath("//li[contains(@class,'notification')][.//a[normalize-space(.)='"
                + title + "']]"));
        assertTrue(item.getText().contains("Gareth Lewis mentioned you in"), item.getText());
        browser.screenshot("notifications");
        browser.clickAndWait(item.findElement(By.linkText(title)));
        assertTrue(browser.currentUrl().contains("#post-1"), browser.currentUrl());
        assertTrue(browser.text().contains("Could @dr-priya-raman check our classification?"));
        browser.press("Sign out");
    }

    @Test
    void anAttachedImageIsShownInThePostAndServedWithItsCheckedType() throws Exception {
        java.nio.file.Path png = java.nio.file.Files.createTempFile("ward-layout", ".png");
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(40, 30,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(image, "png", png.toFile());
        signIn(browser, "member@example.org");
        browser.open("/themes/theme?slug=manufacturing");
        browser.follow("ISO 13485 for a twelve-person company: how long did it take you?");
        browser.editor("Your reply").sendKeys("Our cleanroom layout, for comparison.");
        browser.field("Attach files").sendKeys(png.toString());
        browser.press("Post reply");

        WebElement img = browser.wait(By.cssSelector(".post:last-child .attachments img"));
        assertEquals(png.getFileName().toString(), img.getDomAttribute("alt"));
        String src = img.getDomProperty("src");
        java.net.http.HttpResponse<byte[]> served = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(src)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, served.statusCode());
        assertEquals("image/png", served.headers().firstValue("Content-Type").orElse(""));
        assertEquals("nosniff", served.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(java.nio.file.Files.size(png), served.body().length);
        browser.press("Sign out");
    }

    @Test
    void aModeratorDeletesAReplyThatVisitorsThenSeeAsDeleted() {
        String title = "Moderation check " + UUID.randomUUID().toString().substring(0, 6);
        signIn(browser, "founder@example.org");
        String threadUrl = browser.startThread("events", title, "Who is going to the spring meet-the-buyer day?");
        browser.editor("Your reply").sendKeys("Selling cheap watches, click here");
        browser.press("Post reply");
        assertTrue(browser.wait(By.id("post-1")).findElements(By.xpath(".//button[normalize-space(.)='Delete']"))
                .isEmpty(), "the opening post of a thread with replies cannot be deleted by its author");
        browser.press("Sign out");

        signIn(browser, "moderator@example.org");
        browser.driver().get(threadUrl);
        WebElement spam = browser.wait(By.id("post-2"));
        spam.findElement(By.xpath(".//button[normalize-space(.)='Delete']")).click();
        browser.press("Yes, go ahead"); // the confirmation dialog
        WebElement deleted = browser.wait(By.id("post-2"));
        assertTrue(deleted.getText().contains("This post was deleted. Moderators still see its text below."),
                deleted.getText());
        assertTrue(deleted.getText().contains("Selling cheap watches"));
        browser.press("Sign out");

        browser.driver().get(threadUrl);
        WebElement asVisitor = browser.wait(By.id("post-2"));
        assertTrue(asVisitor.getText().contains("This post was deleted."));
        assertFalse(asVisitor.getText().contains("Selling cheap watches"), asVisitor.getText());
        assertTrue(browser.driver().findElements(By.xpath("//button[normalize-space(.)='Like' or normalize-space(.)="
                + "'Delete']")).isEmpty(), "visitors get no post actions");
        assertTrue(browser.text().contains("0 replies"), browser.text());
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void signIn(Browser b, String email) {
        b.signIn(email, PASSWORD);
    }
}
