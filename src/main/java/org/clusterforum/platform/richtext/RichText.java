package org.clusterforum.platform.richtext;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Lob;
import java.io.Serial;
import java.io.Serializable;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * A piece of user-written rich text that has already been through {@link RichTextPolicy}: the sanitised HTML,
 * safe to render unescaped, and its plain-text copy (for search, excerpts, length limits and blank checks).
 *
 * <p>Immutable value. Untrusted input becomes a {@code RichText} only through
 * {@link RichTextPolicy#sanitize(String)} (or {@link RichTextPolicy#fromPlainText(String)}); the constructor is
 * package-private so that nothing else can smuggle unsanitised HTML in. JPA rebuilds instances from the database
 * through the protected no-arg constructor: stored HTML was sanitised when it was written.
 *
 * <p>In Facelets, render the HTML with {@code <h:outputText value="#{post.body.html}" escape="false"/>} — the
 * only place where user HTML may be written unescaped.
 */
@Embeddable
@Access(AccessType.FIELD)
public class RichText implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Lob
    @Column(name = "BODY_HTML", nullable = false)
    private String html;

    @Lob
    @Column(name = "BODY_TEXT", nullable = false)
    private String text;

    /** For JPA only. */
    protected RichText() {
        this.html = "";
        this.text = "";
    }

    /** Only {@link RichTextPolicy} calls this, with HTML it has just sanitised and the text derived from it. */
    RichText(String html, String text) {
        this.html = html == null ? "" : html;
        this.text = text == null ? "" : text;
    }

    /**
     * A new empty body: no HTML, no text. (A new instance each time: JPA providers do not like one embeddable
     * instance shared by several entities.)
     */
    public static RichText empty() {
        return new RichText("", "");
    }

    /**
     * HTML read back from a body column, which only ever receives {@link RichTextPolicy}'s output: for pages that
     * read the HTML alone. Its {@link #text()} is empty.
     */
    public static RichText stored(String sanitisedHtml) {
        return new RichText(sanitisedHtml, "");
    }

    /** The sanitised HTML, to be rendered unescaped. Never {@code null}. */
    public String html() {
        return html == null ? "" : html;
    }

    /** The plain-text copy: entities decoded, one line per block, trimmed. Never {@code null}. */
    public String text() {
        return text == null ? "" : text;
    }

    /** Same as {@link #html()}, as a bean property for EL ({@code #{post.body.html}}). */
    public String getHtml() {
        return html();
    }

    /** Same as {@link #text()}, as a bean property for EL ({@code #{post.body.text}}). */
    public String getText() {
        return text();
    }

    /**
     * True when there is no visible text: nothing but whitespace (including no-break spaces) and invisible
     * format characters. An editor's empty content {@code <p><br></p>} is blank; so is a lone {@code <hr>}.
     */
    public boolean isBlank() {
        return isInvisible(text());
    }

    /** Length of the plain text in Unicode code points (an emoji counts as one per code point, not per char). */
    public int textLength() {
        String t = text();
        return t.codePointCount(0, t.length());
    }

    /**
     * A one-line preview of the plain text: whitespace runs (line breaks included) become one space, and text
     * longer than {@code maxCharacters} user-perceived characters is cut at a character boundary (never inside
     * an emoji or a surrogate pair) and ends with "…".
     */
    public String excerpt(int maxCharacters) {
        if (maxCharacters < 1) {
            throw new IllegalArgumentException("maxCharacters must be positive: " + maxCharacters);
        }
        String oneLine = text().replaceAll("\\s+", " ").strip();
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(oneLine);
        int end = 0;
        for (int count = 0; count < maxCharacters; count++) {
            int next = characters.next();
            if (next == BreakIterator.DONE) {
                return oneLine;
            }
            end = next;
        }
        if (end >= oneLine.length()) {
            return oneLine;
        }
        return oneLine.substring(0, end).stripTrailing() + "…";
    }

    static boolean isInvisible(String s) {
        return s.codePoints().allMatch(cp -> Character.isWhitespace(cp)
                || Character.isSpaceChar(cp)
                || Character.getType(cp) == Character.FORMAT
                || Character.getType(cp) == Character.CONTROL);
    }

    @Override
    public boolean equals(Object o) {
        return this == o
                || (o instanceof RichText other && html().equals(other.html()) && text().equals(other.text()));
    }

    @Override
    public int hashCode() {
        return 31 * html().hashCode() + text().hashCode();
    }

    /** Short and content-free: user text does not belong in logs. */
    @Override
    public String toString() {
        return "RichText[" + textLength() + " chars" + (isBlank() ? ", blank" : "") + "]";
    }
}
