package org.clusterforum.platform.security;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Password rules in the spirit of NIST SP 800-63B: a minimum and maximum length, no commonly used, repetitive or
 * sequential passwords, nothing derived from the account's own email address or display name, and
 * <em>no</em> composition rules (no "must contain a digit / symbol / capital").
 *
 * <p>Length is counted in Unicode code points, so every emoji or accented letter counts as one character.
 * Comparisons are made on an NFKC-normalised, lower-cased form of the password.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    public static final String TOO_SHORT = "Use at least " + MIN_LENGTH + " characters.";
    public static final String TOO_LONG = "Use no more than " + MAX_LENGTH + " characters.";
    public static final String TOO_COMMON = "This password is too common; choose something less guessable.";
    public static final String TOO_PREDICTABLE =
            "Avoid repeated characters and simple sequences such as 1234567890 or qwertyuiop.";
    public static final String CONTAINS_EMAIL = "Don't use your email address in your password.";
    public static final String EQUALS_DISPLAY_NAME = "Don't use your display name as your password.";

    /** Minimum length of an email local part (or display name) before it is checked for. */
    private static final int MIN_PERSONAL_LENGTH = 4;

    /**
     * Most commonly used passwords (from public breach-corpus top lists), plus obvious variants that pass the
     * length rule and a few words specific to this site. All lower case.
     */
    private static final Set<String> COMMON = Set.of(
            // the classic top list
            "123456", "123456789", "12345678", "1234567", "12345", "1234", "123", "111111", "000000", "123123",
            "123321", "654321", "666666", "121212", "112233", "222222", "555555", "777777", "7777777", "888888",
            "999999", "11111111", "88888888", "987654321", "123123123", "789456123", "159753", "123654",
            "password", "password1", "password12", "password123", "password1234", "password12345",
            "passw0rd", "p@ssw0rd", "p@ssword", "p@ssword1", "p@ssw0rd1", "p@ssw0rd123", "password!", "password1!",
            "passwordpassword", "mypassword", "mypassword1", "mypassword123",
            "qwerty", "qwerty1", "qwerty12", "qwerty123", "qwerty1234", "qwerty12345", "qwerty123456", "qwertyuiop",
            "qwertyuiop123", "qwe123", "123qwe", "1q2w3e", "1q2w3e4r", "1q2w3e4r5t", "1q2w3e4r5t6y",
            "q1w2e3r4t5", "q1w2e3r4t5y6", "1qaz2wsx", "1qaz2wsx3edc", "zaq12wsx", "zaq1zaq1", "12qwaszx",
            "qazwsx", "qazwsxedc", "qweasdzxc", "qweasdzxc123", "asdfgh", "asdfghjkl", "asdfghjkl123", "zxcvbnm",
            "zxcvbnm123", "azerty", "azerty123", "abc123", "abcd1234", "abc12345", "abc1234567", "abcd123456",
            "a123456", "a1234567890", "123456a", "123456789a", "1234567890a", "1234qwer", "0987654321",
            "1234567890", "123456789012", "1122334455", "11223344556677", "aaaaaa", "abcdefghij",
            "iloveyou", "iloveyou1", "iloveyou123", "iloveyou2", "iloveyouforever", "loveyou", "love123",
            "monkey", "monkey123", "dragon", "dragon123", "shadow", "superman", "batman", "starwars", "pokemon",
            "princess", "princess1", "princess123", "sunshine", "sunshine1", "sunshine123", "football",
            "football1", "football123", "baseball", "baseball123", "soccer", "liverpool", "chelsea", "arsenal",
            "manchester", "master", "killer", "charlie", "michael", "michael1", "jessica", "ashley", "daniel",
            "jordan", "jordan23", "computer", "computer123", "internet", "samsung", "whatever", "trustno1",
            "freedom", "letmein", "letmein123", "letmeinplease", "welcome", "welcome1", "welcome123",
            "welcome1234", "hello123", "helloworld", "secret", "secret123", "secret1234", "changeme",
            "changeme123", "default", "guest", "guest12345", "admin", "admin123", "admin12345", "administrator",
            "administrator1", "root", "rootroot", "test", "test123", "test12345", "testtest", "qwerty!@#",
            "!@#$%^&*", "!@#$%^&*()",
            // context-specific words for this site
            "clusterforum", "clusterforum1", "clusterforum123", "cluster123", "forum123", "forum12345");

    /** Keyboard and alphabet runs; a password that is a stretch of one of these (or its reverse) is predictable. */
    private static final List<String> RUNS = List.of(
            "01234567890123456789",
            "abcdefghijklmnopqrstuvwxyz",
            "qwertyuiopasdfghjklzxcvbnm",
            "qwertyuiop[]\\",
            "asdfghjkl;'",
            "zxcvbnm,./",
            "`1234567890-=",
            "~!@#$%^&*()_+",
            "qazwsxedcrfvtgbyhnujmikolp",
            "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik,9ol.0p;/",
            "azertyuiopqsdfghjklmwxcvbn",
            "qwertzuiopasdfghjklyxcvbnm");

    private PasswordPolicy() {
    }

    /**
     * Everything wrong with a proposed password, as messages to show the user.
     *
     * @param password    the proposed password (null is treated as empty)
     * @param email       the account's email address, may be null
     * @param displayName the account's display name, may be null
     * @return an empty list when the password is acceptable; otherwise one message per problem
     */
    public static List<String> problems(String password, String email, String displayName) {
        String raw = password == null ? "" : password;
        List<String> problems = new ArrayList<>(3);

        int length = raw.codePointCount(0, raw.length());
        if (length < MIN_LENGTH) {
            problems.add(TOO_SHORT);
        } else if (length > MAX_LENGTH) {
            problems.add(TOO_LONG);
        }
        if (raw.isEmpty()) {
            return List.copyOf(problems);
        }

        String normalised = normalise(raw);
        if (isCommon(normalised)) {
            problems.add(TOO_COMMON);
        } else if (isPredictable(normalised)) {
            problems.add(TOO_PREDICTABLE);
        }
        if (containsEmail(normalised, email)) {
            problems.add(CONTAINS_EMAIL);
        }
        if (equalsDisplayName(normalised, displayName)) {
            problems.add(EQUALS_DISPLAY_NAME);
        }
        return List.copyOf(problems);
    }

    /** Convenience: true when {@link #problems} finds nothing. */
    public static boolean isAcceptable(String password, String email, String displayName) {
        return problems(password, email, displayName).isEmpty();
    }

    private static String normalise(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static boolean isCommon(String pw) {
        if (COMMON.contains(pw)) {
            return true;
        }
        // "liverpool1892", "password!!!!": a common word with digits/symbols tacked on the end.
        String base = stripTrailingNonLetters(pw);
        return base.length() >= 4 && COMMON.contains(base);
    }

    private static String stripTrailingNonLetters(String s) {
        int end = s.length();
        while (end > 0) {
            int cp = s.codePointBefore(end);
            if (Character.isLetter(cp)) {
                break;
            }
            end -= Character.charCount(cp);
        }
        return s.substring(0, end);
    }

    /** Repeated characters/blocks ("aaaaaaaaaa", "abababababab", "passwordpassword") or simple sequences. */
    private static boolean isPredictable(String pw) {
        int[] cps = pw.codePoints().toArray();
        if (cps.length < 3) {
            return false;
        }
        if (isSequence(cps, pw)) {
            return true;
        }
        int period = smallestPeriod(cps);
        if (period < cps.length) {
            if (period <= 4) {
                return true;
            }
            String unit = new String(cps, 0, period);
            return isCommon(unit) || isSequence(java.util.Arrays.copyOf(cps, period), unit);
        }
        return false;
    }

    /** Smallest p such that the string is its first p code points repeated; the length itself if none. */
    private static int smallestPeriod(int[] cps) {
        int n = cps.length;
        outer:
        for (int p = 1; p <= n / 2; p++) {
            if (n % p != 0) {
                continue;
            }
            for (int i = p; i < n; i++) {
                if (cps[i] != cps[i - p]) {
                    continue outer;
                }
            }
            return p;
        }
        return n;
    }

    private static boolean isSequence(int[] cps, String s) {
        if (cps.length < 3) {
            return false;
        }
        // Consecutive code points in any script, ascending or descending: "abcdefghij", "9876543210", "αβγδ...".
        int step = cps[1] - cps[0];
        if (step == 1 || step == -1) {
            boolean constant = true;
            for (int i = 2; i < cps.length && constant; i++) {
                constant = cps[i] - cps[i - 1] == step;
            }
            if (constant) {
                return true;
            }
        }
        // Keyboard rows, columns and wrap-around digit runs: "qwertyuiop", "1234567890", "0987654321".
        String reversed = new StringBuilder(s).reverse().toString();
        for (String run : RUNS) {
            if (run.contains(s) || run.contains(reversed)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsEmail(String pw, String email) {
        if (email == null) {
            return false;
        }
        String e = normalise(email.strip());
        int at = e.lastIndexOf('@');
        String local = at >= 0 ? e.substring(0, at) : e;
        if (longEnough(local) && pw.contains(local)) {
            return true;
        }
        // "jane.smith@..." also rules out "janesmith..."
        String compact = lettersAndDigits(local);
        return !compact.equals(local) && longEnough(compact) && lettersAndDigits(pw).contains(compact);
    }

    private static boolean equalsDisplayName(String pw, String displayName) {
        if (displayName == null || displayName.isBlank()) {
            return false;
        }
        return withoutWhitespace(pw).equals(withoutWhitespace(normalise(displayName)));
    }

    private static boolean longEnough(String s) {
        return s.codePointCount(0, s.length()) >= MIN_PERSONAL_LENGTH;
    }

    private static String lettersAndDigits(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static String withoutWhitespace(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(cp -> !Character.isWhitespace(cp)).forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
