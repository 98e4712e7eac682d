package org.clusterforum.platform.mail;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes an email's plain-text and HTML parts together from paragraphs, quotes and links, so that the two always
 * say the same. Every text is escaped in the HTML; only our own markup is added.
 */
public final class MailBody {

    private final StringBuilder text = new StringBuilder();
    private final List<String> html = new ArrayList<>();

    public MailBody paragraph(String words) {
        text.append(words).append("\n\n");
        html.add("<p>" + escape(words) + "</p>");
        return this;
    }

    public MailBody heading(String words) {
        text.append(words).append('\n').append("-".repeat(Math.min(words.length(), 60))).append("\n\n");
        html.add("<h2 style=\"font-size:1.1em\">" + escape(words) + "</h2>");
        return this;
    }

    /** Someone's words, shown as a quotation. */
    public MailBody quote(String words) {
        for (String line : words.split("\n")) {
            text.append("> ").append(line).append('\n');
        }
        text.append('\n');
        html.add("<blockquote style=\"border-left:3px solid #ccc;margin:0 0 1em;padding-left:1em;color:#333\">"
                + escape(words).replace("\n", "<br>") + "</blockquote>");
        return this;
    }

    /** A line that leads to an address: "label: url" in text, a link in HTML. */
    public MailBody link(String label, String url) {
        text.append(label).append(": ").append(url).append("\n\n");
        html.add("<p><a href=\"" + escape(url) + "\">" + escape(label) + "</a></p>");
        return this;
    }

    /** The small print at the end, with links (label, url pairs). */
    public MailBody footer(String words, String... labelsAndUrls) {
        text.append("-- \n").append(words).append('\n');
        StringBuilder links = new StringBuilder();
        for (int i = 0; i + 1 < labelsAndUrls.length; i += 2) {
            text.append(labelsAndUrls[i]).append(": ").append(labelsAndUrls[i + 1]).append('\n');
            links.append(" <a href=\"").append(escape(labelsAndUrls[i + 1])).append("\">")
                    .append(escape(labelsAndUrls[i])).append("</a>");
        }
        html.add("<hr><p style=\"font-size:0.85em;color:#555\">" + escape(words) + links + "</p>");
        return this;
    }

    public String text() {
        return text.toString().stripTrailing() + "\n";
    }

    public String html() {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"font-family:sans-serif;"
                + "line-height:1.5;max-width:40em\">" + String.join("\n", html) + "</body></html>";
    }

    public MailMessage to(String recipient, String subject) {
        return MailMessage.of(recipient, subject, text(), html());
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
