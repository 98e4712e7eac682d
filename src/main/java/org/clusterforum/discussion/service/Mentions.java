package org.clusterforum.discussion.service;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code @handle} mentions in sanitised post HTML and turns them into profile links. Only text outside links,
 * code and preformatted blocks counts; the sanitiser writes {@code @} as {@code &#64;}, so both forms are read.
 */
final class Mentions {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern MENTION = Pattern.compile(
            "(?<![A-Za-z0-9_])(@|&#64;)([a-z0-9][a-z0-9-]{0,28}[a-z0-9])", Pattern.CASE_INSENSITIVE);

    private Mentions() {
    }

    /** Lower-case handles mentioned in the HTML, in order of first appearance. */
    static Set<String> find(String html) {
        Set<String> handles = new LinkedHashSet<>();
        forEachText(html, (text, out) -> {
            Matcher m = MENTION.matcher(text);
            while (m.find()) {
                handles.add(m.group(2).toLowerCase(Locale.ROOT));
            }
            out.append(text);
        });
        return handles;
    }

    /** A linked mention as {@link #link} writes it (the sanitiser may add attributes after the address). */
    private static final Pattern LINKED = Pattern.compile(
            "<a [^>]*href=\"/members/profile(?:\\?|&#63;)id(?:=|&#61;)(\\d+)\"[^>]*>(?:@|&#64;)");

    /** The members whose mentions are already linked in the stored HTML (for a post published later). */
    static Set<Long> linkedMemberIds(String html) {
        Set<Long> ids = new LinkedHashSet<>();
        Matcher m = LINKED.matcher(html);
        while (m.find()) {
            ids.add(Long.valueOf(m.group(1)));
        }
        return ids;
    }

    /** The HTML with each mention of a known handle turned into a link to that member's profile. */
    static String link(String html, Map<String, Long> memberIdsByHandle) {
        if (memberIdsByHandle.isEmpty()) {
            return html;
        }
        return forEachText(html, (text, out) -> {
            Matcher m = MENTION.matcher(text);
            int last = 0;
            while (m.find()) {
                Long id = memberIdsByHandle.get(m.group(2).toLowerCase(Locale.ROOT));
                if (id != null) {
                    out.append(text, last, m.start()).append("<a href=\"/members/profile?id=").append(id)
                            .append("\">@").append(m.group(2)).append("</a>");
                    last = m.end();
                }
            }
            out.append(text, last, text.length());
        });
    }

    private interface TextVisitor {
        void visit(String text, StringBuilder out);
    }

    /** Walks the HTML, passing text outside a, code and pre to the visitor and copying everything else. */
    private static String forEachText(String html, TextVisitor visitor) {
        StringBuilder out = new StringBuilder(html.length() + 64);
        Matcher tag = TAG.matcher(html);
        int last = 0;
        int skipDepth = 0;
        while (tag.find()) {
            String text = html.substring(last, tag.start());
            if (skipDepth == 0) {
                visitor.visit(text, out);
            } else {
                out.append(text);
            }
            String t = tag.group().toLowerCase(Locale.ROOT);
            if (t.matches("<(a|code|pre)[\\s>].*")) {
                skipDepth++;
            } else if (t.matches("</(a|code|pre)\\s*>")) {
                skipDepth = Math.max(0, skipDepth - 1);
            }
            out.append(tag.group());
            last = tag.end();
        }
        String tail = html.substring(last);
        if (skipDepth == 0) {
            visitor.visit(tail, out);
        } else {
            out.append(tail);
        }
        return out.toString();
    }
}
