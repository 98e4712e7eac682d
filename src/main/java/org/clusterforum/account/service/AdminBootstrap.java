package org.clusterforum.account.service;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.clusterforum.platform.config.ForumConfig;
import org.clusterforum.platform.persistence.ForumStarted;

/** At start-up, creates the administrator named by FORUM_ADMIN_EMAIL / FORUM_ADMIN_PASSWORD if missing. */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @Inject
    ForumConfig config;

    @Inject
    AccountService accounts;

    void onStart(@Observes @Priority(100) ForumStarted started) {
        var email = config.adminEmail();
        var password = config.adminPassword();
        if (email.isEmpty()) {
            return;
        }
        if (password.isEmpty()) {
            LOG.warning("FORUM_ADMIN_EMAIL is set but FORUM_ADMIN_PASSWORD is not: no administrator created");
            return;
        }
        if (accounts.ensureAdministrator(email.get(), password.get(), config.siteName())) {
            LOG.info(() -> "Administrator account created for " + email.get());
        }
    }
}
