package org.clusterforum.platform.richtext;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.owasp.html.Encoding;

class RichTextPolicyTest {

    private static final Set<String> ALLOWED_TAGS = Set.of(
            "p", "br", "h2", "h3", "h4", "b", "strong", "i", "em", "u", "s",
            "ul", "ol", "li", "blockquote", "pre", "code", "hr", "a");
    private static final Set<String> ALLOWED_ATTRIBUTES = Set.of("href", "rel", "dir");
    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([a-zA-Z0-9:-]+)([^>]*)>");
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("([a-zA-Z_:][-a-zA-Z0-9_:.]*)\\s*=");
    private static final Pattern EVENT_HANDLER = Pattern.compile("(?i)[\\s\"'/]on[a-z]+\\s*=");

    private static String html(String input) {
        return RichTextPolicy.sanitize(input).html();
    }

    private static String text(String input) {
        return RichTextPolicy.sanitize(input).text();
    }

    /** What a browser shows as text for sanitised inline HTML: tags removed, entities decoded. */
    private static String rendered(String sanitisedHtml) {
        return Encoding.decodeHtml(sanitisedHtml.replaceAll("<[^>]*>", ""));
    }

    /**
     * No element or attribute outside the allow-list, no script or style element, and no dangerous URL or
     * handler inside any tag. (Text may legitimately mention "javascript:": it is shown, not run.)
     */
    private static void assertNothingExecutable(String input, String out) {
        String lower = out.toLowerCase(Locale.ROOT);
        String why = "input " + input + " gave " + out;
        assertFalse(lower.contains("<script"), "script tag: " + why);
        assertFalse(lower.contains("<style"), "style element: " + why);
        Matcher tag = TAG.matcher(out);
        while (tag.find()) {
            String markup = tag.group().toLowerCase(Locale.ROOT);
            String name = tag.group(1).toLowerCase(Locale.ROOT);
            assertAll(why,
                    () -> assertTrue(ALLOWED_TAGS.contains(name), "tag <" + name + ">"),
                    () -> assertFalse(markup.contains("javascript:"), "javascript: URL"),
                    () -> assertFalse(markup.contains("vbscript:"), "vbscript: URL"),
                    () -> assertFalse(markup.contains("data:"), "data: URL"),
                    () -> assertFalse(markup.contains("style="), "style attribute"),
                    () -> assertFalse(markup.contains("srcdoc"), "srcdoc"),
                    () -> assertFalse(markup.contains("formaction"), "formaction"),
                    () -> assertFalse(EVENT_HANDLER.matcher(markup).find(), "event handler attribute"));
            Matcher attribute = ATTRIBUTE_NAME.matcher(tag.group(2));
            while (attribute.find()) {
                String attributeName = attribute.group(1).toLowerCase(Locale.ROOT);
                assertTrue(ALLOWED_ATTRIBUTES.contains(attributeName), "attribute " + attributeName + " in " + why);
            }
        }
    }

    /** For inputs whose text never mentions them: the dangerous words appear nowhere at all. */
    private static void assertNoDangerousWordsAnywhere(String input, String out) {
        String lower = out.toLowerCase(Locale.ROOT);
        for (String word : new String[] {"javascript:", "vbscript:", "data:", "style=", "onerror", "onload"}) {
            assertFalse(lower.contains(word), word + " in output of " + input + ": " + out);
        }
    }

    // ---------------------------------------------------------------- attacks

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<script>alert(1)",
        "<img src=x onerror=alert(1)>",
        "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
        "<img \"\"\"><script>alert(1)</script>\">",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<svg><a xlink:href=\"javascript:alert(1)\"><text x=20 y=20>XSS</text></a></svg>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
        "<a href=\"  javascript:alert(1)\">x</a>",
        "<a href=javascript:alert(1)>x</a>",
        "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
        "<a href=\"jav&#x0A;ascript:alert(1)\">x</a>",
        "<a href=\"jav&#x0D;ascript:alert(1)\">x</a>",
        "<a href=\"jav\tascript:alert(1)\">x</a>",
        "<a href=\"&#14;javascript:alert(1)\">x</a>",
        "<a href=\"javascript&colon;alert(1)\">x</a>",
        "<a href=\"javascript&#58;alert(1)\">x</a>",
        "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
        "<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)\">x</a>",
        "<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)\">x</a>",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        "<a href=\"DATA:text/html,<script>alert(1)</script>\">x</a>",
        "<a href=\"http://ok.example\" onclick=\"alert(1)\" onmouseover=alert(1)>x</a>",
        "<a href=\"https://ok.example\" style=\"color:red\" target=\"_blank\">x</a>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\">inside</iframe>",
        "<style>@import 'https://evil.example/x.css';</style>",
        "<style>body{background:url(\"javascript:alert(1)\")}</style>",
        "<p style=\"background:url(javascript:alert(1))\">styled</p>",
        "<p style=\"width:expression(alert(1))\">ie</p>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
        "<math><mtext><table><mglyph><style><!--</style><img title=\"--&gt;&lt;img src=1 onerror=alert(1)&gt;\">",
        "<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<form><button formaction=javascript:alert(1)>click</button></form>",
        "<form action=\"javascript:alert(1)\"><input type=submit></form>",
        "<object data=\"javascript:alert(1)\">obj</object>",
        "<embed src=\"javascript:alert(1)\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"javascript:alert(1)//\">",
        "<link rel=stylesheet href=\"javascript:alert(1)\">",
        "<body onload=alert(1)>",
        "<input onfocus=alert(1) autofocus>",
        "<details open ontoggle=alert(1)>",
        "<video><source onerror=\"alert(1)\">",
        "<marquee onstart=alert(1)>m</marquee>",
        "<div onmouseover=\"alert(1)\">hover</div>",
        "<p onclick=alert(1) class=\"x\" id=\"y\">ev</p>",
        "<p/onclick=alert(1)>slash</p>",
        "<b <script>alert(1)//</script>0</script></b>",
        "<scr<script>ipt>alert(1)</script>",
        "<<script>alert(1)//<</script>",
        "<!--<script>alert(1)</script>--><p>c</p>",
        "<!--[if gte IE 4]><script>alert(1)</script><![endif]-->",
        "<![CDATA[<script>alert(1)</script>]]>",
        "<?xml version=\"1.0\"?><script>alert(1)</script>",
        "<p>unclosed <b>bold <i>it <a href=\"javascript:alert(1)\"",
        "<a href=\"https://ok.example\"><img src=x onerror=alert(1)></a>",
        "<textarea><script>alert(1)</script></textarea>",
        "<xmp><script>alert(1)</script></xmp>",
        "<title><script>alert(1)</script></title>",
        "<template><script>alert(1)</script></template>",
        "<table background=\"javascript:alert(1)\"><tr><td>cell</td></tr></table>",
        "<isindex action=javascript:alert(1) type=image>",
        "<ol><li data-list=\"bullet\" onclick=\"alert(1)\" class=\"ql-indent-1 x\">quill</li></ol>",
        "<div class=\"ql-code-block-container\" onclick=\"alert(1)\"><div class=\"ql-code-block\">"
                + "&lt;script&gt;alert(1)&lt;/script&gt;</div></div>",
        "<span class=\"ql-ui\"><script>alert(1)</script></span>",
        "<p dir=\"javascript:alert(1)\">d</p>",
    })
    void attackStringsLeaveNothingExecutable(String attack) {
        String out = html(attack);
        assertNothingExecutable(attack, out);
        assertNoDangerousWordsAnywhere(attack, out);
        assertEquals(out, html(out), "sanitising the sanitised HTML changes nothing");
    }

    private static final String[] FRAGMENTS = {
        "<p>", "</p>", "<p class=\"ql-direction-rtl\">", "<br>", "<b>", "</b>", "<strong>", "</strong>", "<em>",
        "</em>", "<h1>", "</h1>", "<h3>", "</h3>", "<ol>", "</ol>", "<ul>", "</ul>", "<li>", "</li>",
        "<li data-list=\"bullet\">", "<li data-list=\"ordered\" class=\"ql-indent-2\">",
        "<li data-list=\"bullet\" class=\"ql-indent-1\">", "<span class=\"ql-ui\" contenteditable=\"false\">",
        "</span>", "<div class=\"ql-code-block-container\">", "<div class=\"ql-code-block\">", "</div>", "<div>",
        "<pre>", "</pre>", "<blockquote>", "</blockquote>", "<a href=\"https://ok.example\">",
        "<a href=\"javascript:alert(1)\">", "</a>", "<script>", "</script>", "<style>", "</style>",
        "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>", "<math>", "<mtext>", "<table>", "<mglyph>",
        "<iframe>", "</iframe>", "<!--", "-->", "<![CDATA[", "]]>", "<", ">", "\"", "'", "=", "&", "&lt;", "&amp;",
        "&#x09;", "onclick=alert(1)", "javascript:", "text", " ", "\n", "👩‍⚕️", "مرحبا", "{", "{{", "é",
    };

    @Test
    void randomMixturesOfTagsAndAttacksStaySafeAndStable() {
        java.util.Random random = new java.util.Random(20260313L);
        for (int round = 0; round < 3_000; round++) {
            StringBuilder input = new StringBuilder();
            int length = 1 + random.nextInt(30);
            for (int i = 0; i < length; i++) {
                input.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            }
            RichText once = RichTextPolicy.sanitize(input.toString());
            assertNothingExecutable(input.toString(), once.html());
            RichText twice = RichTextPolicy.sanitize(once.html());
            assertEquals(once.html(), twice.html(), () -> "stable html for " + input);
            assertEquals(once.text(), twice.text(), () -> "stable text for " + input);
        }
    }

    @Test
    void scriptTagAndItsContentAreRemoved() {
        RichText r = RichTextPolicy.sanitize("<p>before</p><script>alert('pwned')</script><p>after</p>");
        assertEquals("<p>before</p><p>after</p>", r.html());
        assertEquals("before\nafter", r.text());
        assertFalse(r.text().contains("pwned"));
    }

    @Test
    void styleTagAndItsContentAreRemoved() {
        RichText r = RichTextPolicy.sanitize("<style>p { color: red }</style><p>text</p>");
        assertEquals("<p>text</p>", r.html());
        assertEquals("text", r.text());
    }

    @Test
    void contentOfIframeObjectAndFormWidgetsIsDropped() {
        RichText r = RichTextPolicy.sanitize(
                "<iframe>framed</iframe><object>obj</object><textarea>typed</textarea>"
                        + "<select><option>choice</option></select><p>kept</p>");
        assertEquals("<p>kept</p>", r.html());
        assertEquals("kept", r.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        " javascript:alert(1)",
        "jav&#x09;ascript:alert(1)",
        "jav&#9;ascript:alert(1)",
        "java&#x0A;script:alert(1)",
        "javascript&colon;alert(1)",
        "&#106;avascript:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "data:image/svg+xml,<svg onload=alert(1)>",
        "file:///etc/passwd",
        "ftp://files.example/x",
        "tel:+3212345678",
    })
    void javascriptUrlInLinkIsDropped(String href) {
        RichText r = RichTextPolicy.sanitize("<p><a href=\"" + href + "\">click me</a></p>");
        assertEquals("<p>click me</p>", r.html());
        assertEquals("click me", r.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://www.example.org/path?a=1&b=2#frag",
        "http://example.org/",
        "mailto:someone@example.org",
        "/threads/42",
        "#section",
        "https://example.org/search?q=javascript:alert",
    })
    void safeLinksAreKept(String href) {
        String out = html("<p><a href=\"" + href.replace("&", "&amp;") + "\">link</a></p>");
        assertTrue(out.startsWith("<p><a href=\""), out);
        Matcher m = Pattern.compile("href=\"([^\"]*)\"").matcher(out);
        assertTrue(m.find(), out);
        assertEquals(href, Encoding.decodeHtml(m.group(1)));
    }

    @Test
    void linksGetNofollowNoopener() {
        assertEquals(
                "<p><a href=\"https://example.org\" rel=\"nofollow noopener noreferrer\">site</a></p>",
                html("<p><a href=\"https://example.org\" rel=\"opener\" target=\"_blank\">site</a></p>"));
    }

    @Test
    void quillLinkLosesTargetAndGetsForcedRel() {
        String out = html("<p><a href=\"https://example.org\" rel=\"noopener noreferrer\" target=\"_blank\">x</a></p>");
        assertEquals("<p><a href=\"https://example.org\" rel=\"nofollow noopener noreferrer\">x</a></p>", out);
        assertFalse(out.contains("target"));
    }

    @Test
    void linkWithoutHrefIsUnwrapped() {
        assertEquals("<p>anchor</p>", html("<p><a name=\"top\" title=\"t\">anchor</a></p>"));
    }

    @Test
    void eventHandlerAttributesAreRemoved() {
        String out = html("<p onclick=\"alert(1)\" onmouseover='alert(2)' ONLOAD=alert(3)>"
                + "<strong onfocus=\"x()\">bold</strong> <a href=\"https://example.org\" onclick=\"y()\">l</a></p>");
        assertEquals("<p><strong>bold</strong> "
                + "<a href=\"https://example.org\" rel=\"nofollow noopener noreferrer\">l</a></p>", out);
    }

    @Test
    void styleClassAndIdAttributesAreRemoved() {
        assertEquals("<p>x</p>", html("<p style=\"color:red\" class=\"ql-align-center big\" id=\"main\">x</p>"));
    }

    @Test
    void imagesAreRemoved() {
        RichText r = RichTextPolicy.sanitize("<p><img src=\"https://example.org/a.png\" alt=\"a\"></p>");
        assertEquals("<p></p>", r.html());
        assertTrue(r.isBlank());
    }

    @Test
    void disallowedElementsAreUnwrappedButTheirTextIsKept() {
        RichText r = RichTextPolicy.sanitize(
                "<p><span style=\"color: red;\">red</span> <font face=\"x\">font</font> <sub>sub</sub></p>");
        assertEquals("<p>red font sub</p>", r.html());
        assertEquals("red font sub", r.text());
    }

    @Test
    void deeplyNestedInputIsHandled() {
        assertEquals("deep", text("<b>".repeat(200) + "deep" + "</b>".repeat(200)));
        // Far beyond any editor's output: the library's nesting limit (256) cuts it; it must stay safe and fast.
        String input = "<b>".repeat(20_000) + "<script>alert(1)</script>" + "</b>".repeat(20_000);
        assertNothingExecutable("deep nesting", html(input));
    }

    // ---------------------------------------------------------------- allowed formatting

    @Test
    void allowedFormattingSurvivesUnchanged() {
        String quill = "<h2>Title</h2><h3>Sub</h3><h4>Small</h4>"
                + "<p><strong>b</strong> <em>i</em> <u>u</u> <s>s</s> <b>b2</b> <i>i2</i> <code>c()</code></p>"
                + "<blockquote>quoted</blockquote><hr /><pre>code\n  indented</pre>"
                + "<ul><li>one</li></ul><ol><li>two</li></ol>";
        assertEquals(quill, html(quill));
    }

    @Test
    void headingsAreMappedToH2ToH4() {
        assertEquals("<h2>a</h2><h2>b</h2><h3>c</h3><h4>d</h4><h4>e</h4><h4>f</h4>",
                html("<h1>a</h1><h2>b</h2><h3>c</h3><h4>d</h4><h5>e</h5><h6>f</h6>"));
    }

    @Test
    void strikeAndDelBecomeS() {
        assertEquals("<p><s>a</s><s>b</s><s>c</s></p>", html("<p><strike>a</strike><del>b</del><s>c</s></p>"));
    }

    // ---------------------------------------------------------------- Quill 2 quirks

    @Test
    void quillBulletListBecomesUl() {
        String quill = "<ol><li data-list=\"bullet\"><span class=\"ql-ui\" contenteditable=\"false\"></span>one</li>"
                + "<li data-list=\"bullet\"><span class=\"ql-ui\" contenteditable=\"false\"></span>two</li></ol>";
        RichText r = RichTextPolicy.sanitize(quill);
        assertEquals("<ul><li>one</li><li>two</li></ul>", r.html());
        assertEquals("one\ntwo", r.text());
    }

    @Test
    void quillOrderedListStaysOl() {
        String quill = "<ol><li data-list=\"ordered\"><span class=\"ql-ui\" contenteditable=\"false\"></span>first</li>"
                + "<li data-list=\"ordered\"><span class=\"ql-ui\" contenteditable=\"false\"></span>second</li></ol>";
        assertEquals("<ol><li>first</li><li>second</li></ol>", html(quill));
    }

    @Test
    void quillMixedListIsSplitKeepingItemOrder() {
        String quill = "<ol><li data-list=\"bullet\">a</li><li data-list=\"bullet\">b</li>"
                + "<li data-list=\"ordered\">c</li><li data-list=\"ordered\">d</li><li data-list=\"bullet\">e</li></ol>";
        RichText r = RichTextPolicy.sanitize(quill);
        assertEquals("<ul><li>a</li><li>b</li></ul><ol><li>c</li><li>d</li></ol><ul><li>e</li></ul>", r.html());
        assertEquals("a\nb\nc\nd\ne", r.text());
    }

    @Test
    void quillIndentedItemsBecomeNestedLists() {
        String quill = "<ol><li data-list=\"bullet\">a</li>"
                + "<li data-list=\"ordered\" class=\"ql-indent-1\">a.1</li>"
                + "<li data-list=\"ordered\" class=\"ql-indent-1\">a.2</li>"
                + "<li data-list=\"bullet\" class=\"ql-indent-2\">a.2.x</li>"
                + "<li data-list=\"bullet\">b</li></ol>";
        RichText r = RichTextPolicy.sanitize(quill);
        assertEquals("<ul><li>a<ol><li>a.1</li><li>a.2<ul><li>a.2.x</li></ul></li></ol></li><li>b</li></ul>",
                r.html());
        assertEquals("a\na.1\na.2\na.2.x\nb", r.text());
    }

    @Test
    void absurdQuillIndentIsCapped() {
        String out = html("<ol><li data-list=\"bullet\" class=\"ql-indent-99999\">x</li></ol>");
        assertEquals(9, out.split("<ul>", -1).length - 1, out);
        assertEquals("x", text("<ol><li data-list=\"bullet\" class=\"ql-indent-99999\">x</li></ol>"));
    }

    @Test
    void quillCheckListBecomesBulletList() {
        assertEquals("<ul><li>todo</li><li>done</li></ul>",
                html("<ol><li data-list=\"unchecked\">todo</li><li data-list=\"checked\">done</li></ol>"));
    }

    @Test
    void ordinaryHtmlListsPassThrough() {
        String lists = "<ul><li>a<ol><li>a1</li></ol></li><li>b</li></ul>";
        assertEquals(lists, html(lists));
        assertEquals("<ul><li>x</li></ul>", html("<ul>\n  <li>x</li>\n</ul>"));
    }

    @Test
    void quillUiElementsAreRemoved() {
        String quill = "<ol><li data-list=\"bullet\"><span class=\"ql-ui\" contenteditable=\"false\">•</span>item</li></ol>"
                + "<div class=\"ql-code-block-container\" spellcheck=\"false\">"
                + "<select class=\"ql-ui\" contenteditable=\"false\"><option value=\"plain\">Plain</option>"
                + "<option value=\"java\">Java</option></select>"
                + "<div class=\"ql-code-block\" data-language=\"java\">run();</div></div>";
        RichText r = RichTextPolicy.sanitize(quill);
        assertEquals("<ul><li>item</li></ul><pre>\nrun();</pre>", r.html());
        assertEquals("item\nrun();", r.text());
    }

    @Test
    void quillCursorMarkIsRemoved() {
        RichText r = RichTextPolicy.sanitize("<p>ab<span class=\"ql-cursor\">\uFEFF</span>c</p>");
        assertEquals("<p>abc</p>", r.html());
        assertEquals("abc", r.text());
    }

    @Test
    void unclosedQuillWidgetOnlySwallowsItsOwnBlock() {
        assertEquals("<p>a</p><p>b</p>", html("<p>a<span class=\"ql-ui\">hidden</p><p>b</p>"));
    }

    @Test
    void quillCodeBlockBecomesPre() {
        String quill = "<p>Try:</p><div class=\"ql-code-block-container\" spellcheck=\"false\">"
                + "<div class=\"ql-code-block\" data-language=\"plain\">if (a &lt; b &amp;&amp; c) {</div>"
                + "<div class=\"ql-code-block\" data-language=\"plain\"><br></div>"
                + "<div class=\"ql-code-block\" data-language=\"plain\">    run();</div>"
                + "<div class=\"ql-code-block\" data-language=\"plain\">}</div></div><p>done</p>";
        RichText r = RichTextPolicy.sanitize(quill);
        assertEquals("<p>Try:</p><pre>\nif (a &lt; b &amp;&amp; c) {\n\n    run();\n}</pre><p>done</p>", r.html());
        assertEquals("Try:\nif (a < b && c) {\n\n    run();\n}\ndone", r.text());
    }

    @Test
    void quillCodeBlockStartingWithEmptyLineKeepsIt() {
        String quill = "<div class=\"ql-code-block-container\"><div class=\"ql-code-block\"><br></div>"
                + "<div class=\"ql-code-block\">x</div></div>";
        // the browser drops the first newline after <pre>, so it shows an empty line, then x
        assertEquals("<pre>\n\nx</pre>", html(quill));
    }

    @Test
    void quillCodeLinesWithoutContainerAreJoinedIntoOnePre() {
        assertEquals("<pre>\na\nb</pre><p>c</p>",
                html("<div class=\"ql-code-block\">a</div><div class=\"ql-code-block\">b</div><p>c</p>"));
    }

    @Test
    void quillSyntaxPreKeepsItsText() {
        RichText r = RichTextPolicy.sanitize("<pre class=\"ql-syntax\" spellcheck=\"false\">a &lt; b\n  c\n</pre>");
        assertEquals("<pre>a &lt; b\n  c\n</pre>", r.html());
        assertEquals("a < b\n  c", r.text());
    }

    @Test
    void quillClassesAreStrippedAndRightToLeftDirectionKept() {
        assertEquals("<p dir=\"rtl\">مرحبا</p><p>centred</p><ul><li dir=\"rtl\">שלום</li></ul>",
                html("<p class=\"ql-direction-rtl ql-align-right\">مرحبا</p>"
                        + "<p class=\"ql-align-center ql-indent-2\">centred</p>"
                        + "<ol><li data-list=\"bullet\" class=\"ql-direction-rtl\">שלום</li></ol>"));
    }

    @Test
    void emptyEditorParagraphMayStay() {
        assertEquals("<p>a</p><p><br /></p><p>b</p>", html("<p>a</p><p><br></p><p>b</p>"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "<p><br></p>",
        "<p><br></p><p><br></p>",
        "<p></p>",
        "<p>   </p>",
        "<p>&nbsp;</p>",
        "<p>&#8203;</p>",
        "<p><strong> </strong></p>",
        "<hr>",
        "<img src=\"x.png\">",
        "<script>text</script>",
        "<ol><li data-list=\"bullet\"><span class=\"ql-ui\" contenteditable=\"false\"></span><br></li></ol>",
        " \n\t ",
    })
    void blankEditorContentIsBlank(String input) {
        RichText r = RichTextPolicy.sanitize(input);
        assertTrue(r.isBlank(), () -> "blank: " + r.html() + " / " + r.text());
        assertNothingExecutable(String.valueOf(input), r.html());
    }

    @Test
    void nullGivesEmptyRichText() {
        RichText r = RichTextPolicy.sanitize(null);
        assertEquals("", r.html());
        assertEquals("", r.text());
        assertTrue(r.isBlank());
        assertEquals(0, r.textLength());
    }

    @Test
    void textIsNotBlank() {
        assertFalse(RichTextPolicy.sanitize("<p><br></p><p>.</p>").isBlank());
        assertFalse(RichTextPolicy.sanitize("<p>👍</p>").isBlank());
    }

    // ---------------------------------------------------------------- text fidelity

    @ParameterizedTest
    @ValueSource(strings = {
        "Crème brûlée, Müller, España, naïve, Ærøskøbing, Łódź",
        "👍 🎉 🇧🇪 👩‍⚕️ 👨‍👩‍👧‍👦 🧑🏽‍💻 ❤️",
        "مرحبا بالعالم — نص عربي",
        "שלום עולם",
        "mixed: hello مرحبا 123 שלום!",
        "中文测试，日本語のテキスト、한국어",
        "math: ∑ ∞ ≠ ≤ ≥ µ ° ± ½ € £ ¥",
        "zero\u200Bwidth and non\u00A0breaking",
    })
    void emojiAndRightToLeftTextSurviveExactly(String typed) {
        RichText r = RichTextPolicy.sanitize("<p>" + typed + "</p>");
        assertEquals(typed, r.text());
        assertEquals(typed, rendered(r.html()), "what a browser shows");
        assertEquals(typed.codePointCount(0, typed.length()), r.textLength());
    }

    @Test
    void lessThanAndAmpersandTypedAsTextSurvive() {
        String typed = "if a < b && c > d then \"quoted\" 'single' @user #tag 1+1=2 `tick` ~ ^ % $ \\ | { } [ ] {{7*7}} ${x} a{";
        String quill = "<p>" + typed.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</p>";
        RichText r = RichTextPolicy.sanitize(quill);
        assertEquals(typed, r.text());
        assertEquals(typed, rendered(r.html()));
        assertFalse(r.html().contains("< b"), r.html());
    }

    @Test
    void typedHtmlStaysText() {
        String typed = "<script>alert(1)</script> and <b>not bold</b> &amp; &lt;";
        String quill = "<p>" + typed.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</p>";
        RichText r = RichTextPolicy.sanitize(quill);
        assertEquals(typed, r.text());
        assertEquals(typed, rendered(r.html()));
        assertFalse(r.html().toLowerCase(Locale.ROOT).contains("<script"));
        assertFalse(r.html().contains("<b>"));
    }

    @Test
    void plainTextDecodesEntities() {
        assertEquals("é © … — ’ € < > & \" ' A Z 😀 &lt;",
                text("<p>&eacute; &copy; &hellip; &mdash; &rsquo; &euro; &lt; &gt; &amp; &quot; &#39; &#65; &#x5A; "
                        + "&#x1F600; &amp;lt;</p>"));
    }

    @Test
    void plainTextSeparatesBlocksWithNewlines() {
        assertEquals("Title\nline one\nline two\nitem 1\nitem 2\nquote\ncode\nafter",
                text("<h2>Title</h2><p>line one<br>line two</p><ul><li>item 1</li><li>item 2</li></ul>"
                        + "<blockquote>quote</blockquote><pre>code</pre><hr><p>after</p>"));
        assertEquals("bold italic", text("<p><strong>bold</strong> <em>italic</em></p>"));
    }

    @Test
    void plainTextCollapsesBlankLinesAndTrims() {
        assertEquals("a\n\nb",
                text("<p><br></p><p>  a  </p><p><br></p><p><br></p><p><br></p><p>&nbsp;</p><p>b</p><p><br></p>"));
        assertEquals("a\nb", text("<p>a<br></p><p>b</p>"));
    }

    @Test
    void sourceLineBreaksOutsidePreAreSpaces() {
        assertEquals("one two\nthree", text("<p>\n  one\n  two\n</p>\n\n<p>three</p>"));
    }

    @Test
    void textLengthCountsCodePoints() {
        RichText r = RichTextPolicy.sanitize("<p>é👍</p><p>x</p>");
        assertEquals("é👍\nx", r.text());
        assertEquals(4, r.textLength());
        assertEquals(4, RichTextPolicy.sanitize("<p>👩‍⚕️</p>").textLength(), "woman, ZWJ, staff, VS16");
    }

    @Test
    void controlCharactersAndLoneSurrogatesAreRemoved() {
        assertEquals("ab", text("<p>a&#0;\u0001\uD800b</p>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<p>Hello <strong>world</strong> &amp; &lt;friends&gt; 👩‍⚕️ مرحبا @all #1 a+b=c</p>",
        "<ol><li data-list=\"bullet\">a</li><li data-list=\"ordered\" class=\"ql-indent-1\">b</li></ol>",
        "<div class=\"ql-code-block-container\"><div class=\"ql-code-block\"><br></div>"
                + "<div class=\"ql-code-block\">x &lt; y</div></div>",
        "<p>a</p><p><br></p><p>b<br>c</p><h1>h</h1><blockquote>q</blockquote>",
        "<p><a href=\"https://example.org/?a=1&amp;b=2\" target=\"_blank\">l</a></p>",
        "<pre>\n\n  indented</pre>",
    })
    void sanitisingTwiceChangesNothing(String input) {
        RichText once = RichTextPolicy.sanitize(input);
        RichText twice = RichTextPolicy.sanitize(once.html());
        assertEquals(once.html(), twice.html());
        assertEquals(once.text(), twice.text());
        assertEquals(once, twice);
    }

    // ---------------------------------------------------------------- plain text input

    @Test
    void fromPlainTextEscapesAndBuildsParagraphs() {
        RichText r = RichTextPolicy.fromPlainText("a < b & c > \"d\"\r\nsecond line\n\n\n  \nnew paragraph  \n");
        assertEquals("<p>a &lt; b &amp; c &gt; &#34;d&#34;<br />second line</p><p>new paragraph</p>", r.html());
        assertEquals("a < b & c > \"d\"\nsecond line\nnew paragraph", r.text());
    }

    @Test
    void fromPlainTextKeepsMarkupAsText() {
        String typed = "<script>alert(1)</script><a href=\"javascript:x\">l</a> 👩‍⚕️ مرحبا";
        RichText r = RichTextPolicy.fromPlainText(typed);
        assertEquals(typed, r.text());
        assertEquals(typed, rendered(r.html()));
        assertNothingExecutable(typed, r.html());
        assertFalse(r.html().contains("<script") || r.html().contains("<a "), r.html());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\n\n", " \t\r\n "})
    void fromPlainTextOfNothingIsBlank(String text) {
        RichText r = RichTextPolicy.fromPlainText(text);
        assertTrue(r.isBlank());
        assertEquals("", r.html());
    }

    // ---------------------------------------------------------------- the value type

    @Test
    void richTextIsAValue() {
        RichText a = RichTextPolicy.sanitize("<p>same</p>");
        RichText b = RichTextPolicy.fromPlainText("same");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, RichTextPolicy.sanitize("<p>other</p>"));
        assertEquals(a.html(), a.getHtml());
        assertEquals(a.text(), a.getText());
    }

    @Test
    void toStringIsShortAndDoesNotDumpContent() {
        RichText r = RichTextPolicy.sanitize("<p>secret medical detail</p>");
        assertFalse(r.toString().contains("secret"));
        assertFalse(r.toString().contains("<p>"));
        assertTrue(r.toString().length() < 40, r.toString());
    }

    @Test
    void excerptIsOneLineAndCutsBetweenCharacters() {
        RichText r = RichTextPolicy.sanitize("<p>Hello</p><p>👩‍⚕️ doctors and nurses</p>");
        assertEquals("Hello 👩‍⚕️ doctors and nurses", r.excerpt(100));
        assertEquals("Hello 👩‍⚕️…", r.excerpt(7));
        assertEquals("Hello…", r.excerpt(6));
    }
}
