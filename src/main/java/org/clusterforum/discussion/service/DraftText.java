package org.clusterforum.discussion.service;

import java.io.Serializable;
import java.time.Instant;
import org.clusterforum.platform.richtext.RichText;

/** A restored draft: what the member had typed, and when it was last saved. */
public record DraftText(String title, String themeSlug, RichText body, Instant savedAt) implements Serializable {
}
