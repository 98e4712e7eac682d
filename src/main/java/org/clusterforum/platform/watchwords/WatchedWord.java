package org.clusterforum.platform.watchwords;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.clusterforum.platform.persistence.BaseEntity;

/**
 * A word or phrase administrators watch for. It matches whole words, ignoring case; {@code *} stands for any
 * letters or digits ("crypto*" matches "cryptocurrency", "*coin" matches "bitcoin"); spaces match any spacing.
 */
@Entity
@Table(name = "WATCHED_WORD")
public class WatchedWord extends BaseEntity {

    public static final int MAX_WORD = 100;
    public static final int MAX_MESSAGE = 300;

    private static final String WORD_CHAR = "[\\p{L}\\p{N}]";

    @Column(name = "WORD", nullable = false, length = MAX_WORD)
    private String word;

    @Column(name = "WORD_KEY", nullable = false, length = MAX_WORD)
    private String wordKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "ACTION", nullable = false, length = 10)
    private WatchedAction action;

    @Column(name = "MESSAGE", length = MAX_MESSAGE)
    private String message;

    @Column(name = "ADDED_BY_ID")
    private Long addedById;

    protected WatchedWord() {
    }

    public WatchedWord(String word, WatchedAction action, String message, Long addedById) {
        this.word = Objects.requireNonNull(word);
        this.wordKey = key(word);
        this.action = Objects.requireNonNull(action);
        this.message = message;
        this.addedById = addedById;
    }

    /** The form two entries must not share: lower case, single spaces. */
    public static String key(String word) {
        return word.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The word as a pattern: whole words only, any case, {@code *} for any letters or digits. */
    public static Pattern pattern(String word) {
        StringBuilder regex = new StringBuilder("(?<!" + WORD_CHAR + ")");
        String[] parts = key(word).split("\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                regex.append(WORD_CHAR).append('*');
            }
            String[] spaced = parts[i].split(" ", -1);
            for (int j = 0; j < spaced.length; j++) {
                if (j > 0) {
                    regex.append("\\s+");
                }
                if (!spaced[j].isEmpty()) {
                    regex.append(Pattern.quote(spaced[j]));
                }
            }
        }
        regex.append("(?!" + WORD_CHAR + ")");
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public String getWord() {
        return word;
    }

    public WatchedAction getAction() {
        return action;
    }

    public String getMessage() {
        return message;
    }

    public Long getAddedById() {
        return addedById;
    }
}
