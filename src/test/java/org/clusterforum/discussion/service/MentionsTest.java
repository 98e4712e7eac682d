package org.clusterforum.discussion.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import org.clusterforum.platform.richtext.RichTextPolicy;
import org.junit.jupiter.api.Test;

class MentionsTest {

    @Test
    void linkedMentionsAreFoundAgainInTheStoredSanitisedHtml() {
        String linked = Mentions.link("<p>Ask @priya and @marcus, not me@example.org.</p>",
                Map.of("priya", 4L, "marcus", 7L));
        String stored = RichTextPolicy.sanitize(linked).html();

        assertEquals(Set.of(4L, 7L), Mentions.linkedMemberIds(stored));
        assertEquals(Set.of(), Mentions.linkedMemberIds(RichTextPolicy.sanitize(
                "<p><a href=\"https://example.org/members/profile?id=9\">a link</a></p>").html()));
    }
}
