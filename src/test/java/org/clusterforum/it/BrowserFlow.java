package org.clusterforum.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The shared frame of the browser flows: one headless Chromium per test class, signed in and out by the tests
 * themselves, with the demo accounts' password.
 */
abstract class BrowserFlow {

    /** The password of every demo account. */
    static final String PASSWORD = "cluster-demo-2026";

    static Browser browser;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
