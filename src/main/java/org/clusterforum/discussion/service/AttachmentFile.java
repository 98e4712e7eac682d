package org.clusterforum.discussion.service;

import java.nio.file.Path;

/** An attachment's bytes on disk and how to send them. */
public record AttachmentFile(Path path, String fileName, String contentType, long size, boolean membersOnly) {

    public boolean inline() {
        return contentType.startsWith("image/");
    }
}
