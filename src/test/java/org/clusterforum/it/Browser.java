package org.clusterforum.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven the way a person uses the forum: by visible labels, button names and link texts.
 * Points at the forum that Maven starts once for all browser tests ({@code forum.it.baseUrl}).
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final String baseUrl;

    public Browser() {
        baseUrl = System.getProperty("forum.it.baseUrl", "http://localhost:18080/");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("forum.it.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(System.getProperty("webdriver.chrome.driver",
                        "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(baseUrl + (path.startsWith("/") ? path.substring(1) : path));
    }

    /** The input whose visible label has this text (labels point at inputs with {@code for}). */
    public WebElement field(String label) {
        WebElement labelElement = wait(By.xpath("//label[normalize-space(.)='" + label
                + "' or normalize-space(text())='" + label + "']"));
        String id = labelElement.getDomAttribute("for");
        WebElement target = driver.findElement(By.id(id));
        if (java.util.Set.of("input", "textarea", "select").contains(target.getTagName())) {
            return target;
        }
        // PrimeFaces wraps some inputs: the real input is inside the labelled element
        return target.findElement(By.cssSelector("input, textarea, select, .ql-editor"));
    }

    public void type(String label, String text) {
        WebElement input = field(label);
        input.clear();
        input.sendKeys(text);
    }

    /** Types into the rich-text editor labelled {@code label}. */
    public WebElement editor(String label) {
        WebElement labelElement = wait(By.xpath("//label[normalize-space(.)='" + label + "']"));
        String id = labelElement.getDomAttribute("for");
        return wait(By.cssSelector("[id='" + id + "'] .ql-editor, [id='" + id + "_editor'] .ql-editor"));
    }

    /**
     * Picks {@code option} in the PrimeFaces select menu labelled {@code label}, as a person clicks it: open the
     * menu, click the item, and check the menu now shows it (retrying if a click landed mid-animation).
     */
    public void chooseOption(String label, String option) {
        WebElement labelElement = wait(By.xpath("//label[normalize-space(.)='" + label + "']"));
        String id = labelElement.getDomAttribute("for");
        String baseId = id.replaceAll("_(focus|label|input)$", "");
        ((JavascriptExecutor) driver).executeScript("if (window.jQuery) { jQuery.fx.off = true; }");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        By panel = By.id(baseId + "_panel");
        By item = By.xpath("//div[@id='" + baseId + "_panel']//li[normalize-space(.)='" + option + "']");
        for (int attempt = 1; ; attempt++) {
            try {
                if (!driver.findElement(panel).isDisplayed()) {
                    wait.until(ExpectedConditions.elementToBeClickable(By.id(baseId))).click();
                }
                wait.until(ExpectedConditions.elementToBeClickable(item)).click();
            } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
                // the panel was still fading in (a CSS transition) and let the click through: try again
                if (attempt == 3) {
                    throw covered;
                }
                sleep(300);
                continue;
            }
            try {
                wait.until(ExpectedConditions.invisibilityOfElementLocated(panel));
                wait.until(ExpectedConditions.textToBe(By.id(baseId + "_label"), option));
                return;
            } catch (org.openqa.selenium.TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** Ticks (or unticks) the checkbox labelled {@code label}, as a person clicks its label. */
    public void check(String label) {
        wait(By.xpath("//label[normalize-space(.)='" + label + "']")).click();
    }

    public void press(String buttonName) {
        clickAndWait(wait(By.xpath("//button[normalize-space(.)='" + buttonName + "'] | //input[@type='submit' and @value='"
                + buttonName + "']")));
    }

    public void follow(String linkText) {
        clickAndWait(wait(By.linkText(linkText)));
    }

    /**
     * Clicks and waits for the next page: first for the current one to go (a form post and its redirect take a
     * moment on a busy machine, and until then the old page still reads "complete"), then for the new one to load.
     */
    public void clickAndWait(WebElement target) {
        WebElement page = driver.findElement(By.tagName("html"));
        target.click();
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> isGone(page));
        } catch (org.openqa.selenium.TimeoutException e) {
            // the click did not leave the page (an Ajax action): nothing more to wait for
        }
        waitForPage();
    }

    /** Signs in through the sign-in page as a person does, starting from a fresh session. */
    public void signIn(String email, String password) {
        driver.manage().deleteAllCookies();
        open("/account/signin");
        type("Email address", email);
        type("Password", password);
        press("Sign in");
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Signed in as"));
    }

    /** Starts a thread in a theme through the form; returns the thread page's URL (without the anchor). */
    public String startThread(String themeSlug, String title, String text) {
        open("/threads/new?theme=" + themeSlug);
        type("Title", title);
        editor("Your post").sendKeys(text);
        press("Start thread");
        wait(By.id("post-1"));
        return currentUrl().replaceAll("#.*", "");
    }

    /** Saves what the page looks like now to target/screenshots/NAME.png, for people reviewing a run. */
    public void screenshot(String name) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
            java.nio.file.Files.createDirectories(dir);
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            java.nio.file.Files.write(dir.resolve(name + ".png"), png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Whether the element's page was replaced (Chromium says so in more than one way). */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException e) {
            return true;
        }
    }

    /** The visible text of the page; read again if the page was replaced while reading it. */
    public String text() {
        for (int attempt = 1; ; attempt++) {
            try {
                return driver.findElement(By.tagName("body")).getText();
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 5) {
                    throw e;
                }
                waitForPage();
            }
        }
    }

    public String title() {
        return driver.getTitle();
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /**
     * Waits for an element; if it never comes, the failure says where the browser is and what the page's messages
     * say (and saves a screenshot), so that a failure on a CI machine can be understood from its log.
     */
    public WebElement wait(By by) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(ExpectedConditions.presenceOfElementLocated(by));
        } catch (org.openqa.selenium.TimeoutException e) {
            String messages = driver.findElements(By.cssSelector(".page-messages, .ui-message, [role=alert]")).stream()
                    .map(WebElement::getText).filter(t -> !t.isBlank()).reduce((a, b) -> a + " | " + b).orElse("none");
            screenshot("timeout-" + System.currentTimeMillis());
            throw new org.openqa.selenium.TimeoutException("Waited 20 s for " + by + " at " + driver.getCurrentUrl()
                    + "; the page's messages: " + messages + "; its title: " + driver.getTitle(), e);
        }
    }

    public void waitForPage() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * The WCAG 2.2 A and AA failures that axe-core finds on the current page, one line each (rule, impact, the
     * first elements concerned); empty when it passes.
     */
    @SuppressWarnings("unchecked")
    public List<String> accessibilityProblems() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof axe !== 'undefined'"))) {
            js.executeScript(axeScript());
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object found = js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag',
                        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
                    .then(function (result) {
                        done(result.violations.map(function (v) {
                            return v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.slice(0, 3)
                                .map(function (n) { return n.target.join(' '); }).join(', ');
                        }));
                    })
                    .catch(function (e) { done(['axe failed: ' + e]); });
                """);
        return (List<String>) found;
    }

    private static String axe;

    /** axe-core's script, from the axe-core artifact on the test classpath. */
    private static synchronized String axeScript() {
        if (axe == null) {
            try (InputStream in = Browser.class.getClassLoader().getResourceAsStream("axe.min.js")) {
                axe = new String(Objects.requireNonNull(in, "axe.min.js (axe-core) is not on the test classpath")
                        .readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axe;
    }

    public boolean hasLink(String linkText) {
        return !driver.findElements(By.linkText(linkText)).isEmpty();
    }

    public boolean hasButton(String name) {
        return !driver.findElements(By.xpath("//button[normalize-space(.)='" + name + "']")).isEmpty();
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
