package org.clusterforum.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnsentTextTest {

    @Test
    void aReplyAndATitleComeBackAsPlainTextAndTheFormsOwnFieldsDoNot() {
        Map<String, String[]> posted = new LinkedHashMap<>();
        posted.put("reply", new String[] {"reply"});
        posted.put("reply:body_input", new String[] {"<p>We hired a <b>contractor</b> first.</p>"});
        posted.put("reply:postReply", new String[] {""});
        posted.put("newThread:title", new String[] {"First regulatory hire"});
        posted.put("newThread:theme_input", new String[] {"skills"});
        posted.put("jakarta.faces.ViewState", new String[] {"-123:456"});
        posted.put("primefaces.nonce", new String[] {"abc def"});
        posted.put("q", new String[] {"a search box"});

        assertEquals(List.of("We hired a contractor first.", "First regulatory hire"), UnsentText.of(posted));
    }

    @Test
    void markupIsNeverHandedBackAsMarkup() {
        List<String> texts = UnsentText.of(Map.of("f:body_input",
                new String[] {"<script>alert(1)</script><p>Plain words here</p>"}));
        assertEquals(List.of("Plain words here"), texts);
    }

    @Test
    void theSameTextTwiceComesBackOnceAndEmptyFormsGiveNothing() {
        assertEquals(1, UnsentText.of(Map.of("a", new String[] {"same words", "same words"})).size());
        assertTrue(UnsentText.of(Map.of("a", new String[] {"   "}, "b", new String[] {"42"})).isEmpty());
    }
}
