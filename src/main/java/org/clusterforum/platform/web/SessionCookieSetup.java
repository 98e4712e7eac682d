package org.clusterforum.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Marks the session cookie Secure when the forum is served over HTTPS (FORUM_BASE_URL starts with https://).
 * Plain-HTTP local use keeps working because the flag is only set then.
 */
@WebListener
public class SessionCookieSetup implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String baseUrl = ConfigProvider.getConfig().getOptionalValue("forum.base.url", String.class).orElse("");
        if (baseUrl.startsWith("https://")) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
