package org.clusterforum.challenge.service;

import java.util.List;
import org.clusterforum.discussion.service.Upload;

/** What a member submits to post (or edit) a challenge. {@code themeSlug} may be null or empty: no theme. */
public record AskForm(String title, String bodyHtml, List<String> tagSlugs, String themeSlug, List<Upload> uploads) {

    public AskForm {
        tagSlugs = tagSlugs == null ? List.of() : List.copyOf(tagSlugs);
        uploads = uploads == null ? List.of() : uploads;
    }
}
