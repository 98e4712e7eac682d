package org.clusterforum.account.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountTokenTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void onlyTheHashOfTheSecretIsKeptAndEachSecretIsNew() {
        var one = AccountToken.issue(7, TokenPurpose.RESET_PASSWORD, NOW);
        var two = AccountToken.issue(7, TokenPurpose.RESET_PASSWORD, NOW);
        assertEquals(43, one.token().length());
        assertNotEquals(one.token(), two.token());
        assertEquals(64, AccountToken.hash(one.token()).length());
        assertNotEquals(one.token(), AccountToken.hash(one.token()));
    }

    @Test
    void aResetLinkWorksOnceForItsPurposeWithinAnHour() {
        AccountToken token = AccountToken.issue(7, TokenPurpose.RESET_PASSWORD, NOW).row();
        assertTrue(token.usableAt(NOW.plus(Duration.ofMinutes(59)), TokenPurpose.RESET_PASSWORD));
        assertFalse(token.usableAt(NOW.plus(Duration.ofMinutes(60)), TokenPurpose.RESET_PASSWORD), "expired");
        assertFalse(token.usableAt(NOW, TokenPurpose.VERIFY_EMAIL), "a reset link confirms nothing else");
        token.use(NOW);
        assertFalse(token.usableAt(NOW.plusSeconds(1), TokenPurpose.RESET_PASSWORD), "used once");
    }

    @Test
    void aConfirmationLinkLastsTwoDays() {
        AccountToken token = AccountToken.issue(7, TokenPurpose.VERIFY_EMAIL, NOW).row();
        assertTrue(token.usableAt(NOW.plus(Duration.ofHours(47)), TokenPurpose.VERIFY_EMAIL));
        assertFalse(token.usableAt(NOW.plus(Duration.ofHours(48)), TokenPurpose.VERIFY_EMAIL));
    }
}
