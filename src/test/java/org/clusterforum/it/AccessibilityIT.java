package org.clusterforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * WCAG 2.2 A and AA, as axe-core checks them in headless Chromium, on the pages each kind of person uses: a
 * visitor's reading pages and forms, a member's writing pages (the rich-text editor, attachments), forms showing
 * their error messages, and the staff pages. Colour contrast, names of controls, labels, landmarks and ARIA use.
 */
class AccessibilityIT extends BrowserFlow {

    @Test
    void theVisitorsPagesPassWcagAA() {
        browser.driver().manage().deleteAllCookies();
        List<String> problems = new ArrayList<>();
        for (String path : List.of("/", "/themes/theme?slug=regulation", "/challenges", "/challenges/tags",
                "/groups", "/groups/group?slug=nhs-procurement-working-group", "/search?q=DTAC", "/search?q=priya&kind=people", "/account/signin",
                "/account/register", "/account/forgot", "/account/reset?token=not-a-token",
                "/mail/unsubscribe?m=1&k=wrong&kind=MENTION")) {
            check(path, problems);
        }
        browser.open("/themes/theme?slug=regulation");
        browser.clickAndWait(browser.wait(By.cssSelector("a[href*='/threads/thread?id=']")));
        problems.addAll(at("a thread", browser.accessibilityProblems()));
        browser.open("/challenges");
        browser.clickAndWait(browser.wait(By.cssSelector("a[href*='/challenges/challenge?id=']")));
        problems.addAll(at("a challenge", browser.accessibilityProblems()));
        browser.clickAndWait(browser.wait(By.cssSelector("a[href*='/members/profile?id=']")));
        problems.addAll(at("a profile", browser.accessibilityProblems()));

        browser.open("/account/register");
        browser.press("Create account");
        problems.addAll(at("registration with errors", browser.accessibilityProblems()));
        assertEquals(List.of(), problems);
    }

    @Test
    void theMembersWritingPagesPassWcagAA() {
        browser.signIn("member@example.org", PASSWORD);
        List<String> problems = new ArrayList<>();
        for (String path : List.of("/threads/new?theme=regulation", "/challenges/ask", "/groups/new",
                "/account/email", "/notifications", "/challenges/for-me")) {
            check(path, problems);
        }
        browser.open("/themes/theme?slug=regulation");
        browser.clickAndWait(browser.wait(By.cssSelector("a[href*='/threads/thread?id=']")));
        problems.addAll(at("a thread with the reply editor", browser.accessibilityProblems()));

        browser.open("/threads/new?theme=regulation");
        browser.press("Start thread");
        problems.addAll(at("a new thread with errors", browser.accessibilityProblems()));
        browser.open("/account/email");
        browser.press("Save my email choices");
        problems.addAll(at("email settings saved", browser.accessibilityProblems()));
        browser.press("Sign out");
        assertEquals(List.of(), problems);
    }

    @Test
    void theStaffPagesPassWcagAA() {
        browser.signIn("admin@example.org", PASSWORD);
        List<String> problems = new ArrayList<>();
        for (String path : List.of("/admin/settings", "/admin/themes", "/admin/roles", "/admin/words",
                "/challenges/expert-requests", "/moderation/queue", "/moderation/log", "/moderation/deleted")) {
            check(path, problems);
        }
        browser.press("Sign out");
        assertEquals(List.of(), problems);
    }

    private static void check(String path, List<String> problems) {
        browser.open(path);
        browser.waitForPage();
        problems.addAll(at(path, browser.accessibilityProblems()));
    }

    private static List<String> at(String page, List<String> found) {
        return found.stream().map(p -> page + ": " + p).toList();
    }
}
