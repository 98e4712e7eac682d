package org.clusterforum.platform.web;

/**
 * Ids from URLs are typed by people: "abc", "-1" or "99999999999999999999" must lead to a 404, not a
 * conversion error on an empty page. Page beans keep the raw text and parse it here.
 */
public final class Ids {

    /** The number in "…?id=42", "…&id=42", a bare "42" or "#42". */
    private static final java.util.regex.Pattern NUMBER_OR_ADDRESS =
            java.util.regex.Pattern.compile("(?:[?&]id=|^#?)(\\d{1,18})(?:\\D.*)?$");

    private Ids() {
    }

    /** The positive id in {@code text}, or null if it is not one. */
    public static Long parse(String text) {
        if (text == null || text.isBlank() || text.length() > 18) {
            return null;
        }
        try {
            long id = Long.parseLong(text.strip());
            return id > 0 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The id a person gave by number ("42", "#42") or by pasting an address ("…/threads/thread?id=42&page=2"), or
     * null if the text holds neither.
     */
    public static Long fromNumberOrAddress(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        java.util.regex.Matcher m = NUMBER_OR_ADDRESS.matcher(text.strip());
        return m.find() ? parse(m.group(1)) : null;
    }
}
