package org.clusterforum.challenge.service;

import java.io.Serializable;
import java.util.List;

/** An expert the asker may invite, with why they match. */
public record ExpertSuggestion(long memberId, String name, List<String> matchingTags, long acceptedInTags,
                               long openInvitations) implements Serializable {

    /** The tags in common, for "knows …". */
    public String matchingTagsText() {
        return matchingTags.isEmpty() ? "related topics" : String.join(", ", matchingTags);
    }
}
