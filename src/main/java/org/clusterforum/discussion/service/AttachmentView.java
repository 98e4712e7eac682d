package org.clusterforum.discussion.service;

import java.io.Serializable;

/** An attachment as shown under a post. */
public record AttachmentView(long id, String fileName, String url, boolean image, String sizeLabel)
        implements Serializable {
}
