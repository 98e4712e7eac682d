package org.clusterforum.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clusterforum.platform.richtext.RichTextPolicy;

/**
 * The words a member had typed into a form that could not be sent (its page had expired), taken from the
 * request that failed, so the error page can hand them back to be copied. Only what reads like writing is kept
 * (two words or more: a title, a reply, a reason), as plain text; names of buttons, choices and the page's own
 * fields are left out.
 */
public final class UnsentText {

    static final int MAX_TEXTS = 10;
    static final int MAX_LENGTH = 20_000;

    private UnsentText() {
    }

    public static List<String> of(Map<String, String[]> parameters) {
        Set<String> texts = new LinkedHashSet<>();
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (name.startsWith("jakarta.faces.") || name.startsWith("primefaces.") || name.equals("q")) {
                continue;
            }
            for (String value : parameter.getValue()) {
                if (value == null || value.isBlank() || value.length() > MAX_LENGTH * 4) {
                    continue;
                }
                String text = RichTextPolicy.sanitize(value).text().strip();
                if (text.length() > MAX_LENGTH) {
                    text = text.substring(0, MAX_LENGTH);
                }
                if (text.chars().anyMatch(Character::isWhitespace) && texts.size() < MAX_TEXTS) {
                    texts.add(text);
                }
            }
        }
        return new ArrayList<>(texts);
    }
}
