package org.clusterforum.discussion.service;

import java.io.Serializable;
import java.time.Instant;
import org.clusterforum.platform.richtext.RichText;

/** A post as shown on a thread page. The body is sanitised HTML, rendered only through the richText tag. */
public record PostView(long id, int position, long authorId, String authorName, String authorRoleLabel,
                       String authorOrganisation, Instant createdAt, Instant editedAt, boolean deleted,
                       RichText body, String url) implements Serializable {

    public String anchor() {
        return "post-" + position;
    }
}
