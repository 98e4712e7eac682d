package org.clusterforum.account.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.clusterforum.platform.config.ForumConfig;
import org.clusterforum.platform.security.PasswordHasher;
import org.clusterforum.platform.security.SignInThrottle;

/** One password hasher (iterations from configuration) and one sign-in throttle per application. */
@ApplicationScoped
public class SecurityProducers {

    @Produces
    @Singleton
    PasswordHasher passwordHasher(ForumConfig config) {
        return new PasswordHasher(config.passwordIterations());
    }

    @Produces
    @Singleton
    SignInThrottle signInThrottle() {
        return SignInThrottle.standard();
    }
}
