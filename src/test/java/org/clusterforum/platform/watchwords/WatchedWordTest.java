package org.clusterforum.platform.watchwords;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WatchedWordTest {

    private static boolean matches(String word, String text) {
        return WatchedWord.pattern(word).matcher(text).find();
    }

    @Test
    void aWordMatchesWholeWordsInAnyCase() {
        assertTrue(matches("spam", "This is SPAM."));
        assertTrue(matches("spam", "spam"));
        assertFalse(matches("spam", "spammer"), "not inside a longer word");
        assertFalse(matches("spam", "antispam"));
        assertTrue(matches("Ärzte", "viele ärzte hier"), "any case, beyond ASCII");
    }

    @Test
    void aStarStandsForAnyLettersOrDigits() {
        assertTrue(matches("crypto*", "Buy cryptocurrency now"));
        assertTrue(matches("crypto*", "crypto"));
        assertTrue(matches("*coin", "bitcoin and more"));
        assertFalse(matches("crypto*", "encrypted"), "a word starting elsewhere does not match");
    }

    @Test
    void aPhraseMatchesAnySpacingAndSpecialCharactersAreLiteral() {
        assertTrue(matches("snake  oil", "real snake\n oil here"));
        assertFalse(matches("snake oil", "snakeoil"));
        assertTrue(matches("c++", "we use c++ daily"), "+ is not a regex operator here");
        assertFalse(matches("a.b", "axb"), ". is not a regex operator here");
    }

    @Test
    void twoEntriesThatDifferOnlyInCaseOrSpacingShareAKey() {
        assertEquals(WatchedWord.key("Snake   Oil "), WatchedWord.key("snake oil"));
    }

    @Test
    void theStrongestActionWins() {
        WordCheck flag = new WordCheck(WatchedAction.FLAG, "a", null);
        WordCheck block = new WordCheck(WatchedAction.BLOCK, "b", "No adverts.");
        WordCheck hold = new WordCheck(WatchedAction.APPROVAL, "c", null);
        assertSame(block, flag.or(block).or(hold));
        assertSame(hold, WordCheck.NONE.or(flag).or(hold));
        assertSame(flag, flag.or(WordCheck.NONE));
        assertTrue(block.blockedMessage().contains("“b”") && block.blockedMessage().endsWith("No adverts."));
        assertTrue(hold.wantsReview() && flag.wantsReview() && !block.wantsReview());
    }
}
