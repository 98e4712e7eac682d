package org.clusterforum.challenge.service;

import java.io.Serializable;
import org.clusterforum.challenge.model.Tag;

/** A tag as pages show it. */
public record TagView(long id, String slug, String name, String description, int challengeCount)
        implements Serializable {

    static TagView of(Tag tag) {
        return new TagView(tag.getId(), tag.getSlug(), tag.getName(), tag.getDescription(), tag.getChallengeCount());
    }

    public String url() {
        return "/challenges/tag?slug=" + slug;
    }
}
