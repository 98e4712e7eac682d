package org.clusterforum.challenge.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CloseChallengeFormTest {

    @Test
    void theOriginalIsFoundByItsNumberOrItsAddress() {
        assertEquals(42L, CloseChallengeForm.parse("42"));
        assertEquals(42L, CloseChallengeForm.parse(" #42 "));
        assertEquals(42L, CloseChallengeForm.parse("http://localhost:8080/challenges/challenge?id=42"));
        assertEquals(7L, CloseChallengeForm.parse("https://forum.example/challenges/challenge?id=7#answer-3"));
        assertNull(CloseChallengeForm.parse(""));
        assertNull(CloseChallengeForm.parse("the DTAC one"));
    }
}
