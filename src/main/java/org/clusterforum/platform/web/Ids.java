package org.clusterforum.platform.web;

/**
 * Ids from URLs are typed by people: "abc", "-1" or "99999999999999999999" must lead to a 404, not a
 * conversion error on an empty page. Page beans keep the raw text and parse it here.
 */
public final class Ids {

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
}
