package org.clusterforum.account.service;

import java.time.Duration;
import org.clusterforum.platform.security.Role;

/** How a sign-in attempt ended. Wrong email and wrong password are one outcome, so neither is revealed. */
public sealed interface SignInOutcome {

    record Success(long memberId, Role role) implements SignInOutcome {
    }

    record WrongCredentials() implements SignInOutcome {
    }

    /** Right password, but the address was never confirmed (email is on and the link was not opened yet). */
    record Unverified(String email) implements SignInOutcome {
    }

    record Throttled(Duration retryAfter) implements SignInOutcome {
    }

    /** Suspended until {@code until} (null: until lifted), for {@code reason}. */
    record Suspended(java.time.Instant until, String reason) implements SignInOutcome {
    }
}
