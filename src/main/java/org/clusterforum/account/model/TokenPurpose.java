package org.clusterforum.account.model;

import java.time.Duration;

/** What an account token proves when its link is opened, and for how long it may be used. */
public enum TokenPurpose {
    VERIFY_EMAIL(Duration.ofHours(48)),
    RESET_PASSWORD(Duration.ofHours(1));

    private final Duration lifetime;

    TokenPurpose(Duration lifetime) {
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }
}
