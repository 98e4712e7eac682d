package org.clusterforum.discussion.service;

import java.io.Serializable;
import org.clusterforum.platform.richtext.RichText;

/** A post as its editor starts from: the current text and the version it was read at. */
public record EditablePost(long postId, long threadId, String threadTitle, int position, String authorName,
                           RichText body, long version) implements Serializable {
}
