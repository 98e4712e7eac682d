package org.clusterforum.platform.richtext;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.owasp.html.AttributePolicy;
import org.owasp.html.Handler;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventProcessor;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.HtmlStreamRenderer;
import org.owasp.html.PolicyFactory;
import org.owasp.html.TagBalancingHtmlStreamEventReceiver;
import org.clusterforum.platform.validation.Texts;

/**
 * The one sanitising policy for every piece of user HTML in the forum (posts, comments, descriptions…).
 *
 * <p>Allowed: {@code p br h2 h3 h4 b strong i em u s ul ol li blockquote pre code hr} and {@code a href} with
 * http, https or mailto URLs (or relative ones); links always get {@code rel="nofollow noopener noreferrer"} and
 * never a {@code target}. {@code h1} becomes {@code h2}; {@code h5}/{@code h6} become {@code h4};
 * {@code strike}/{@code del} become {@code s}. Block elements may carry {@code dir="rtl|ltr|auto"} (Quill's
 * right-to-left button). Everything else is removed: disallowed tags are dropped but their text is kept, except
 * the content of {@code script}, {@code style}, {@code iframe}, {@code object}, {@code noscript}… which is dropped
 * whole. No {@code style}, {@code class}, {@code id} or event-handler attribute survives.
 *
 * <p>Understands the HTML of the Quill 2 editor behind PrimeFaces {@code p:textEditor}: its flat
 * {@code <ol><li data-list="bullet|ordered" class="ql-indent-N">} lists become real, nested {@code ul}/{@code ol}
 * lists; its code blocks ({@code <div class="ql-code-block-container"><div class="ql-code-block">} lines) become
 * one {@code <pre>}; its {@code ql-ui} widgets and {@code ql-cursor} marks are removed with their content.
 *
 * <p>Thread-safe; the policy is built once.
 */
public final class RichTextPolicy {

    private static final Set<String> LIST_TAGS = Set.of("ol", "ul");

    /** Elements after which the plain-text copy starts a new line. */
    private static final Set<String> TEXT_BLOCKS =
            Set.of("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul", "ol", "hr", "div");

    /** Elements on which a {@code dir} attribute is kept. */
    private static final String[] DIR_ELEMENTS =
            {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul", "ol"};

    private static final Pattern DIR_VALUE = Pattern.compile("(?i)rtl|ltr|auto");

    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");

    /**
     * Belt and braces behind the library's own protocol allow-list: the scheme is read after removing everything
     * a browser would ignore or that could hide it (whitespace, control and invisible characters; entities are
     * already decoded by the parser), and must be http, https or mailto. URLs without a scheme (relative ones)
     * pass.
     */
    private static final AttributePolicy HREF_GUARD = (element, attribute, value) -> {
        StringBuilder compact = new StringBuilder(value.length());
        value.codePoints()
                .filter(cp -> cp > 0x20 && !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)
                        && Character.getType(cp) != Character.FORMAT && Character.getType(cp) != Character.CONTROL)
                .forEach(compact::appendCodePoint);
        if (compact.isEmpty()) {
            return null;
        }
        for (int i = 0; i < compact.length(); i++) {
            char c = compact.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                return value;
            }
            if (c == ':') {
                return LINK_SCHEMES.contains(compact.substring(0, i).toLowerCase(Locale.ROOT)) ? value : null;
            }
        }
        return value;
    };

    /** What survives, built once. Quill normalisation and the text copy are done around it by {@link #sanitize}. */
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "h2", "h3", "h4", "b", "strong", "i", "em", "u", "s",
                    "ul", "ol", "li", "blockquote", "pre", "code", "hr", "a")
            .allowElements((name, attrs) -> "h2", "h1")
            .allowElements((name, attrs) -> "h4", "h5", "h6")
            .allowElements((name, attrs) -> "s", "strike", "del")
            .allowAttributes("dir").matching(DIR_VALUE).onElements(DIR_ELEMENTS)
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").matching(HREF_GUARD).onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            // The library balances tags before its policy drops elements, so dropping e.g. a <div> can leave
            // <p><ul> behind; balancing the allowed elements again gives nesting that a browser parses as written.
            .withPostprocessor(RichTextPolicy::rebalance)
            .toFactory();

    private static HtmlStreamEventReceiver rebalance(HtmlStreamEventReceiver out) {
        TagBalancingHtmlStreamEventReceiver balancer = new TagBalancingHtmlStreamEventReceiver(new DropBareLinks(out));
        balancer.setNestingLimit(256);
        return balancer;
    }

    /** The balancer may re-open a link it had to close, without its attributes: an empty {@code <a>} goes. */
    private static final class DropBareLinks implements HtmlStreamEventReceiver {
        private final HtmlStreamEventReceiver out;
        private final Deque<Boolean> links = new ArrayDeque<>();

        DropBareLinks(HtmlStreamEventReceiver out) {
            this.out = out;
        }

        @Override
        public void openDocument() {
            out.openDocument();
        }

        @Override
        public void closeDocument() {
            out.closeDocument();
        }

        @Override
        public void openTag(String name, List<String> attrs) {
            if ("a".equals(name)) {
                boolean kept = attr(attrs, "href") != null;
                links.push(kept);
                if (!kept) {
                    return;
                }
            }
            out.openTag(name, attrs);
        }

        @Override
        public void closeTag(String name) {
            if ("a".equals(name) && !links.isEmpty() && !links.pop()) {
                return;
            }
            out.closeTag(name);
        }

        @Override
        public void text(String chunk) {
            out.text(chunk);
        }
    }

    /** Rewrites Quill's editor markup into plain semantic HTML before the policy sees it. */
    private static final HtmlStreamEventProcessor QUILL = QuillNormalizer::new;

    private static final Pattern BLANK_LINES = Pattern.compile("\\n(?:[ \\t\\f\\u000B\\u00A0]*\\n)+");

    private RichTextPolicy() {
    }

    /**
     * Sanitises untrusted HTML (typically what {@code p:textEditor} submitted) and derives its plain-text copy.
     *
     * @param untrustedHtml any string, possibly hostile; {@code null} gives an empty, blank result
     * @return the sanitised HTML, safe to render unescaped, with its text
     */
    public static RichText sanitize(String untrustedHtml) {
        if (untrustedHtml == null || untrustedHtml.isEmpty()) {
            return RichText.empty();
        }
        StringBuilder html = new StringBuilder(untrustedHtml.length());
        TextCollector text = new TextCollector();
        HtmlStreamRenderer renderer = HtmlStreamRenderer.create(html, Handler.DO_NOTHING);
        HtmlSanitizer.sanitize(untrustedHtml, POLICY.apply(new Tee(renderer, text)), QUILL);
        return new RichText(html.toString(), text.result());
    }

    /**
     * Turns plain text (demo content, plain-text comments) into rich text: HTML-escaped, blank lines separate
     * {@code <p>} paragraphs, single line breaks become {@code <br>}.
     *
     * @param text plain text, {@code null} gives an empty result
     */
    public static RichText fromPlainText(String text) {
        if (text == null || text.isBlank()) {
            return RichText.empty();
        }
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder html = new StringBuilder(normalized.length() + 32);
        for (String paragraph : BLANK_LINES.split(normalized)) {
            String trimmed = paragraph.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            html.append("<p>");
            String[] lines = trimmed.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    html.append("<br>");
                }
                html.append(Texts.escapeHtml(lines[i].stripTrailing()));
            }
            html.append("</p>");
        }
        return sanitize(html.toString());
    }

    private static List<String> classesOf(List<String> attrs) {
        for (int i = 0; i + 1 < attrs.size(); i += 2) {
            if ("class".equals(attrs.get(i))) {
                return List.of(attrs.get(i + 1).trim().split("\\s+"));
            }
        }
        return List.of();
    }

    private static String attr(List<String> attrs, String name) {
        for (int i = 0; i + 1 < attrs.size(); i += 2) {
            if (name.equals(attrs.get(i))) {
                return attrs.get(i + 1);
            }
        }
        return null;
    }

    private static boolean isWhitespace(String s) {
        return s.chars().allMatch(c -> c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f');
    }

    /**
     * Sends every event that passed the policy both to the HTML renderer and to the plain-text collector, joining
     * adjacent text chunks first (the renderer protects the end of each chunk separately, e.g. a chunk ending in
     * "{" gets an empty comment after it).
     */
    private static final class Tee implements HtmlStreamEventReceiver {
        private final HtmlStreamEventReceiver first;
        private final HtmlStreamEventReceiver second;
        private final StringBuilder pendingText = new StringBuilder();

        Tee(HtmlStreamEventReceiver first, HtmlStreamEventReceiver second) {
            this.first = first;
            this.second = second;
        }

        private void flushText() {
            if (!pendingText.isEmpty()) {
                String chunk = pendingText.toString();
                pendingText.setLength(0);
                first.text(chunk);
                second.text(chunk);
            }
        }

        @Override
        public void openDocument() {
            first.openDocument();
            second.openDocument();
        }

        @Override
        public void closeDocument() {
            flushText();
            first.closeDocument();
            second.closeDocument();
        }

        @Override
        public void openTag(String name, List<String> attrs) {
            flushText();
            first.openTag(name, attrs);
            second.openTag(name, attrs);
        }

        @Override
        public void closeTag(String name) {
            flushText();
            first.closeTag(name);
            second.closeTag(name);
        }

        @Override
        public void text(String chunk) {
            pendingText.append(chunk);
        }
    }

    /**
     * Builds the plain-text copy from the sanitised event stream (text arrives with entities already decoded):
     * block elements and {@code <br>} start new lines, whitespace outside {@code <pre>} is handled the way a
     * browser shows it at line boundaries, runs of blank lines are collapsed to one, and the result is trimmed.
     */
    static final class TextCollector implements HtmlStreamEventReceiver {

        private static final Pattern SOURCE_WHITESPACE = Pattern.compile("[ \\t\\n\\r\\f]*[\\t\\n\\r\\f][ \\t\\n\\r\\f]*");

        private final StringBuilder out = new StringBuilder();
        private int preDepth;
        private boolean preJustOpened;

        @Override
        public void openDocument() {
        }

        @Override
        public void closeDocument() {
        }

        @Override
        public void openTag(String name, List<String> attrs) {
            if ("br".equals(name)) {
                stripTrailingSpaces();
                out.append('\n');
            } else if (TEXT_BLOCKS.contains(name)) {
                lineBreak();
            }
            preJustOpened = "pre".equals(name);
            if (preJustOpened) {
                preDepth++;
            }
        }

        @Override
        public void closeTag(String name) {
            if ("pre".equals(name) && preDepth > 0) {
                preDepth--;
            }
            if (TEXT_BLOCKS.contains(name)) {
                lineBreak();
            }
        }

        @Override
        public void text(String chunk) {
            if (chunk.isEmpty()) {
                return;
            }
            if (preDepth > 0) {
                String t = chunk.replace("\r\n", "\n").replace('\r', '\n');
                if (preJustOpened && t.startsWith("\n")) {
                    t = t.substring(1); // a browser drops the newline right after <pre>
                }
                preJustOpened = false;
                out.append(t);
                return;
            }
            String t = SOURCE_WHITESPACE.matcher(chunk).replaceAll(" ");
            int start = 0;
            if (atLineStart()) {
                while (start < t.length() && t.charAt(start) == ' ') {
                    start++;
                }
            }
            out.append(t, start, t.length());
        }

        private boolean atLineStart() {
            return out.isEmpty() || out.charAt(out.length() - 1) == '\n';
        }

        private void stripTrailingSpaces() {
            int end = out.length();
            while (end > 0 && (out.charAt(end - 1) == ' ' || out.charAt(end - 1) == '\t')) {
                end--;
            }
            out.setLength(end);
        }

        private void lineBreak() {
            preJustOpened = false;
            stripTrailingSpaces();
            if (!atLineStart()) {
                out.append('\n');
            }
        }

        String result() {
            String[] lines = out.toString().split("\n", -1);
            StringBuilder text = new StringBuilder(out.length());
            boolean previousBlank = true; // drops leading blank lines
            int pendingBlank = 0;
            for (String line : lines) {
                if (RichText.isInvisible(line)) {
                    if (!previousBlank) {
                        pendingBlank = 1;
                    }
                    previousBlank = true;
                    continue;
                }
                if (!text.isEmpty()) {
                    text.append('\n');
                    if (pendingBlank > 0) {
                        text.append('\n');
                    }
                }
                pendingBlank = 0;
                text.append(line.stripTrailing());
                previousBlank = false;
            }
            return text.toString().strip();
        }
    }

    /**
     * Pre-processor (raw, unbalanced parser events in; events out to the tag balancer and then the policy):
     * rewrites Quill's editor markup into semantic HTML. Everything it emits still goes through the policy.
     */
    static final class QuillNormalizer implements HtmlStreamEventReceiver {

        private static final int MAX_INDENT = 8;

        /** Closing one of these ends the skipping of an unclosed widget (a hostile {@code <span class="ql-ui">}). */
        private static final Set<String> SKIP_BARRIERS = Set.of(
                "li", "ol", "ul", "p", "div", "pre", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "td", "body");

        /**
         * Form and raw-text machinery whose content is not prose; dropped whole (the policy already drops the
         * content of script, style, iframe, object, noscript…).
         */
        private static final Set<String> DROPPED_WITH_CONTENT =
                Set.of("textarea", "xmp", "plaintext", "select", "datalist", "template");

        private static final Set<String> VOID_ELEMENTS = Set.of(
                "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
                "track", "wbr", "keygen");

        private static final Set<String> DIRECTIONAL_BLOCKS =
                Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "li");

        private enum ListMode { PENDING, PLAIN, QUILL }

        private enum DivKind { CODE_CONTAINER, CODE_LINE, STRAY_CODE_LINE, OTHER }

        private static final class ListFrame {
            final String inputTag;
            final List<String> inputAttrs;
            ListMode mode = ListMode.PENDING;
            /** Quill mode: the lists emitted for each indentation level, innermost first. */
            final Deque<Level> levels = new ArrayDeque<>();

            ListFrame(String inputTag, List<String> inputAttrs) {
                this.inputTag = inputTag;
                this.inputAttrs = inputAttrs;
            }
        }

        private static final class Level {
            final String tag;
            boolean itemOpen;

            Level(String tag) {
                this.tag = tag;
            }
        }

        private static final class DivFrame {
            final DivKind kind;
            int lines;

            DivFrame(DivKind kind) {
                this.kind = kind;
            }
        }

        private final HtmlStreamEventReceiver out;
        private final Deque<ListFrame> lists = new ArrayDeque<>();
        private final Deque<DivFrame> divs = new ArrayDeque<>();
        private String skipping;
        private int skipDepth;
        /** A {@code <pre>} opened for stray Quill code lines is still open, waiting for a possible next line. */
        private boolean strayPreOpen;

        QuillNormalizer(HtmlStreamEventReceiver out) {
            this.out = out;
        }

        @Override
        public void openDocument() {
            out.openDocument();
        }

        @Override
        public void closeDocument() {
            skipping = null;
            closeStrayPre();
            while (!lists.isEmpty()) {
                closeFrame(lists.pop());
            }
            out.closeDocument();
        }

        @Override
        public void openTag(String name, List<String> attrs) {
            if (skipping != null) {
                if (name.equals(skipping)) {
                    skipDepth++;
                }
                return;
            }
            List<String> classes = classesOf(attrs);
            if (classes.contains("ql-ui") || classes.contains("ql-cursor") || DROPPED_WITH_CONTENT.contains(name)) {
                if (!VOID_ELEMENTS.contains(name)) {
                    skipping = name;
                    skipDepth = 1;
                }
                return;
            }
            boolean codeLine = "div".equals(name) && classes.contains("ql-code-block");
            if (strayPreOpen && !(codeLine && insideCodeContainer() == null)) {
                closeStrayPre();
            }
            settlePendingList("li".equals(name) && attr(attrs, "data-list") != null);

            if (LIST_TAGS.contains(name)) {
                lists.push(new ListFrame(name, new ArrayList<>(attrs)));
            } else if ("li".equals(name) && !lists.isEmpty() && lists.peek().mode == ListMode.QUILL) {
                quillItem(lists.peek(), attrs, classes);
            } else if ("div".equals(name)) {
                openDiv(attrs, classes);
            } else if ("br".equals(name) && insideCodeLine()) {
                // Quill writes an empty code line as <div class="ql-code-block"><br></div>: the line break is
                // already there between lines.
            } else {
                if (DIRECTIONAL_BLOCKS.contains(name) && classes.contains("ql-direction-rtl")
                        && attr(attrs, "dir") == null) {
                    attrs.add("dir");
                    attrs.add("rtl");
                }
                out.openTag(name, attrs);
            }
        }

        @Override
        public void closeTag(String name) {
            if (skipping != null) {
                if (name.equals(skipping)) {
                    if (--skipDepth == 0) {
                        skipping = null;
                    }
                    return;
                }
                if (!SKIP_BARRIERS.contains(name)) {
                    return;
                }
                skipping = null; // an unclosed widget: stop at the end of its block
            }
            if (strayPreOpen) {
                closeStrayPre();
            }
            if (LIST_TAGS.contains(name)) {
                closeList(name);
                return;
            }
            settlePendingList(false);
            if ("li".equals(name) && !lists.isEmpty() && lists.peek().mode == ListMode.QUILL) {
                return; // items are closed lazily, so that indented items can nest inside them
            }
            if ("div".equals(name) && !divs.isEmpty()) {
                closeDiv(divs.pop());
                return;
            }
            out.closeTag(name);
        }

        @Override
        public void text(String chunk) {
            if (skipping != null) {
                return;
            }
            if (isWhitespace(chunk)) {
                if ((strayPreOpen && !insideCodeLine())
                        || (!lists.isEmpty() && lists.peek().mode == ListMode.PENDING)) {
                    return;
                }
            } else {
                closeStrayPre();
                settlePendingList(false);
            }
            out.text(chunk);
        }

        /** A list whose first child has just arrived: a Quill list, or an ordinary one to pass through. */
        private void settlePendingList(boolean quillItemArriving) {
            ListFrame frame = lists.peek();
            if (frame == null || frame.mode != ListMode.PENDING) {
                return;
            }
            if (quillItemArriving) {
                frame.mode = ListMode.QUILL;
            } else {
                frame.mode = ListMode.PLAIN;
                out.openTag(frame.inputTag, frame.inputAttrs);
            }
        }

        private void quillItem(ListFrame frame, List<String> attrs, List<String> classes) {
            String type = attr(attrs, "data-list");
            String tag;
            if (type == null) {
                tag = frame.inputTag;
            } else {
                tag = "ordered".equalsIgnoreCase(type.trim()) ? "ol" : "ul";
            }
            int depth = indentOf(classes) + 1;
            Deque<Level> levels = frame.levels;
            while (levels.size() > depth) {
                closeLevel(levels.pop());
            }
            if (levels.size() == depth) {
                Level top = levels.peek();
                if (top.itemOpen) {
                    out.closeTag("li");
                    top.itemOpen = false;
                }
                if (!top.tag.equals(tag)) {
                    out.closeTag(top.tag);
                    levels.pop();
                }
            }
            while (levels.size() < depth) {
                Level parent = levels.peek();
                if (parent != null && !parent.itemOpen) {
                    out.openTag("li", new ArrayList<>());
                    parent.itemOpen = true;
                }
                out.openTag(tag, new ArrayList<>());
                levels.push(new Level(tag));
            }
            List<String> itemAttrs = new ArrayList<>();
            if (classes.contains("ql-direction-rtl")) {
                itemAttrs.add("dir");
                itemAttrs.add("rtl");
            }
            out.openTag("li", itemAttrs);
            levels.peek().itemOpen = true;
        }

        private static int indentOf(List<String> classes) {
            for (String c : classes) {
                if (c.startsWith("ql-indent-")) {
                    try {
                        return Math.max(0, Math.min(MAX_INDENT, Integer.parseInt(c.substring("ql-indent-".length()))));
                    } catch (NumberFormatException e) {
                        return 0;
                    }
                }
            }
            return 0;
        }

        private void closeLevel(Level level) {
            if (level.itemOpen) {
                out.closeTag("li");
            }
            out.closeTag(level.tag);
        }

        private void closeList(String name) {
            boolean open = false;
            for (ListFrame frame : lists) {
                if (frame.inputTag.equals(name)) {
                    open = true;
                    break;
                }
            }
            if (!open) {
                out.closeTag(name); // a stray end tag: the balancer ignores it
                return;
            }
            while (true) {
                ListFrame frame = lists.pop();
                closeFrame(frame);
                if (frame.inputTag.equals(name)) {
                    return;
                }
            }
        }

        private void closeFrame(ListFrame frame) {
            switch (frame.mode) {
                case PENDING -> { // an empty list: kept as it was
                    out.openTag(frame.inputTag, frame.inputAttrs);
                    out.closeTag(frame.inputTag);
                }
                case PLAIN -> out.closeTag(frame.inputTag);
                case QUILL -> {
                    while (!frame.levels.isEmpty()) {
                        closeLevel(frame.levels.pop());
                    }
                }
            }
        }

        private void openDiv(List<String> attrs, List<String> classes) {
            if (classes.contains("ql-code-block-container")) {
                divs.push(new DivFrame(DivKind.CODE_CONTAINER));
                out.openTag("pre", new ArrayList<>());
                // A browser drops one newline right after <pre>: this one, so that an empty first line survives.
                out.text("\n");
            } else if (classes.contains("ql-code-block")) {
                DivFrame container = insideCodeContainer();
                if (container != null) {
                    if (container.lines++ > 0) {
                        out.text("\n");
                    }
                    divs.push(new DivFrame(DivKind.CODE_LINE));
                } else {
                    if (strayPreOpen) {
                        out.text("\n");
                    } else {
                        out.openTag("pre", new ArrayList<>());
                        out.text("\n");
                        strayPreOpen = true;
                    }
                    divs.push(new DivFrame(DivKind.STRAY_CODE_LINE));
                }
            } else {
                divs.push(new DivFrame(DivKind.OTHER));
                out.openTag("div", attrs);
            }
        }

        private void closeDiv(DivFrame frame) {
            switch (frame.kind) {
                case CODE_CONTAINER -> out.closeTag("pre");
                case CODE_LINE -> {
                    // lines are separated when the next one opens
                }
                case STRAY_CODE_LINE -> strayPreOpen = true; // closed by whatever comes next, unless a line
                case OTHER -> out.closeTag("div");
            }
        }

        private DivFrame insideCodeContainer() {
            for (DivFrame frame : divs) {
                if (frame.kind == DivKind.CODE_CONTAINER) {
                    return frame;
                }
            }
            return null;
        }

        private boolean insideCodeLine() {
            for (Iterator<DivFrame> it = divs.iterator(); it.hasNext(); ) {
                DivKind kind = it.next().kind;
                if (kind == DivKind.CODE_LINE || kind == DivKind.STRAY_CODE_LINE) {
                    return true;
                }
            }
            return false;
        }

        private void closeStrayPre() {
            if (strayPreOpen && !insideCodeLine()) {
                out.closeTag("pre");
                strayPreOpen = false;
            }
        }
    }
}
