package org.clusterforum.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static final String EMAIL = "jane.doe@example.org";
    private static final String NAME = "Jane Doe";

    private static List<String> problems(String password) {
        return PasswordPolicy.problems(password, EMAIL, NAME);
    }

    @Test
    void shortPasswordIsRejected() {
        assertEquals(List.of(PasswordPolicy.TOO_SHORT), problems("Xk9#mQ2!z"));
        assertEquals("Use at least 10 characters.", PasswordPolicy.TOO_SHORT);
    }

    @Test
    void nullAndEmptyPasswordsAreTooShort() {
        assertEquals(List.of(PasswordPolicy.TOO_SHORT), PasswordPolicy.problems(null, null, null));
        assertEquals(List.of(PasswordPolicy.TOO_SHORT), PasswordPolicy.problems("", EMAIL, NAME));
    }

    @Test
    void exactlyMinimumLengthIsAccepted() {
        assertEquals(List.of(), problems("Xk9#mQ2!zr"));
    }

    @Test
    void lengthCountsCodePointsNotUtf16Units() {
        // Five emoji are ten UTF-16 chars but only five characters.
        assertEquals(List.of(PasswordPolicy.TOO_SHORT), problems("🦊🐙🌵🚲🎻"));
        assertEquals(List.of(), problems("🦊🐙🌵🚲🎻🧭🍄🪁🦉🌋"));
    }

    @Test
    void longPasswordIsRejected() {
        String tooLong = "correct horse battery staple ".repeat(5); // 145 characters
        assertEquals(List.of(PasswordPolicy.TOO_LONG), problems(tooLong));
        assertEquals(List.of(), problems(tooLong.substring(0, PasswordPolicy.MAX_LENGTH)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"password123", "PASSWORD123", "Password1234", "qwerty123456", "iloveyou123",
            "1q2w3e4r5t", "welcome123", "letmeinplease", "Liverpool1892", "password!!!!", "clusterforum123"})
    void commonPasswordIsRejectedCaseInsensitively(String common) {
        assertTrue(problems(common).contains(PasswordPolicy.TOO_COMMON), () -> common + " -> " + problems(common));
    }

    @Test
    void shortCommonPasswordGetsBothMessages() {
        assertEquals(List.of(PasswordPolicy.TOO_SHORT, PasswordPolicy.TOO_COMMON), problems("password"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaa", "ZZZZZZZZZZZZ", "!!!!!!!!!!!!", "ababababab", "123123123123",
            "xyzxyzxyzxyz", "😀😀😀😀😀😀😀😀😀😀", "dragondragondragon"})
    void repeatedCharactersOrBlocksAreRejected(String repeated) {
        List<String> problems = problems(repeated);
        assertTrue(problems.contains(PasswordPolicy.TOO_PREDICTABLE) || problems.contains(PasswordPolicy.TOO_COMMON),
                () -> repeated + " -> " + problems);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcdefghijk", "ABCDEFGHIJKLM", "zyxwvutsrqpo", "12345678901", "0123456789",
            "9876543210", "3456789012", "asdfghjkl;", "qwertyuiopasdf", "poiuytrewq", "zxcvbnm,./",
            "qazwsxedcrfv", "!@#$%^&*()_+", "αβγδεζηθικλ"})
    void simpleSequencesAreRejected(String sequence) {
        List<String> problems = problems(sequence);
        assertTrue(problems.contains(PasswordPolicy.TOO_PREDICTABLE) || problems.contains(PasswordPolicy.TOO_COMMON),
                () -> sequence + " -> " + problems);
    }

    @Test
    void wellKnownSequencesAreFlagged() {
        assertTrue(problems("1234567890").contains(PasswordPolicy.TOO_COMMON));
        assertTrue(problems("abcdefghij").contains(PasswordPolicy.TOO_COMMON));
        assertTrue(problems("qwertyuiop").contains(PasswordPolicy.TOO_COMMON));
        assertEquals(List.of(PasswordPolicy.TOO_PREDICTABLE), problems("bcdefghijk"));
    }

    @Test
    void passwordContainingEmailLocalPartIsRejected() {
        assertEquals(List.of(PasswordPolicy.CONTAINS_EMAIL), problems("my jane.doe secret"));
        assertEquals(List.of(PasswordPolicy.CONTAINS_EMAIL), problems("JANE.DOE was here 42"));
        assertEquals(List.of(PasswordPolicy.CONTAINS_EMAIL), problems("xx-janedoe-2024-xx"));
        assertEquals("Don't use your email address in your password.", PasswordPolicy.CONTAINS_EMAIL);
    }

    @Test
    void shortEmailLocalPartIsNotChecked() {
        assertEquals(List.of(), PasswordPolicy.problems("joe likes green tea", "joe@example.org", null));
        assertEquals(List.of(PasswordPolicy.CONTAINS_EMAIL),
                PasswordPolicy.problems("joey likes green tea", "Joey@example.org", null));
    }

    @Test
    void passwordEqualToDisplayNameIsRejected() {
        List<String> problems = PasswordPolicy.problems("Rosalind Franklin", "rf@example.org", "rosalind franklin");
        assertEquals(List.of(PasswordPolicy.EQUALS_DISPLAY_NAME), problems);
        assertEquals(List.of(PasswordPolicy.EQUALS_DISPLAY_NAME),
                PasswordPolicy.problems("ROSALINDFRANKLIN", "rf@example.org", "Rosalind Franklin"));
    }

    @Test
    void passwordMerelyContainingDisplayNameIsAllowed() {
        assertEquals(List.of(),
                PasswordPolicy.problems("Rosalind Franklin saw photo 51", "rf@example.org", "Rosalind Franklin"));
    }

    @Test
    void missingEmailAndDisplayNameAreTolerated() {
        assertEquals(List.of(), PasswordPolicy.problems("a perfectly fine passphrase", null, null));
        assertEquals(List.of(), PasswordPolicy.problems("a perfectly fine passphrase", "", " "));
        assertEquals(List.of(), PasswordPolicy.problems("a perfectly fine passphrase", "not-an-email", "x"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "correct horse battery staple",
            "tea with two sugars at noon",
            "alllowercasebutlongenough",
            "Grüße aus München, 2024",
            "Ça va très bien merci",
            "日本語のパスワードです十文字以上",
            "🦊 fox emoji + passphrase 🦉",
            "Xk9#mQ2!zr7&"
    })
    void goodPassphrasesAreAccepted(String good) {
        assertEquals(List.of(), problems(good), good);
        assertTrue(PasswordPolicy.isAcceptable(good, EMAIL, NAME));
    }

    @Test
    void noCompositionRulesApply() {
        assertFalse(problems("onlylowercaselettershere").contains(PasswordPolicy.TOO_COMMON));
        assertEquals(List.of(), problems("onlylowercaselettershere"));
        assertEquals(List.of(), problems("4718 2957 3306 1184"));
    }

    @Test
    void multipleProblemsAreAllReported() {
        List<String> problems = PasswordPolicy.problems("janedoe", "janedoe@example.org", "janedoe");
        assertEquals(List.of(PasswordPolicy.TOO_SHORT, PasswordPolicy.CONTAINS_EMAIL,
                PasswordPolicy.EQUALS_DISPLAY_NAME), problems);
    }
}
