package org.clusterforum.discussion.service;

import java.time.Instant;
import java.util.List;
import org.clusterforum.platform.richtext.RichText;

/** A post's current text and every earlier text, newest first. */
public record PostHistory(long postId, String threadTitle, String postUrl, int position, String authorName,
                          RichText current, Instant editedAt, List<Revision> revisions) {

    /** The text the post had before edit {@code number}, which {@code editorName} made at {@code editedAt}. */
    public record Revision(int number, String editorName, Instant editedAt, RichText previous) {
    }
}
