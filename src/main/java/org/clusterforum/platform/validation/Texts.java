package org.clusterforum.platform.validation;

/** Small helpers for checking typed text the same way everywhere. */
public final class Texts {

    private Texts() {
    }

    /** Trims and collapses internal whitespace runs (titles, names); null becomes "". */
    public static String clean(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }

    /** Length in characters as a person counts them (code points, so an emoji is one). */
    public static int length(String s) {
        return s == null ? 0 : s.codePointCount(0, s.length());
    }

    /** True if the text contains control characters other than tab, CR and LF. */
    public static boolean hasControlCharacters(String s) {
        return s != null && s.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL
                && c != '\t' && c != '\n' && c != '\r');
    }

    /**
     * An address from a name: Latin letters folded to ASCII (accents dropped, ß → ss), lower case, runs of
     * anything else one hyphen, none at either end. Non-Latin letters are dropped (the caller refuses an empty
     * result).
     */
    public static String slug(String name) {
        String spelled = name.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("æ", "ae")
                .replace("Æ", "AE").replace("œ", "oe").replace("Œ", "OE").replace("ł", "l").replace("Ł", "L")
                .replace("đ", "d").replace("Đ", "D");
        String ascii = java.text.Normalizer.normalize(spelled, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
        return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    }

    /** Escapes text for use inside HTML elements and attribute values. */
    public static String escapeHtml(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
