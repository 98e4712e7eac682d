package org.clusterforum.discussion.service;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file types a post may carry, recognised from their first bytes ("magic numbers"), never from the name or
 * the browser's claim: a script renamed to photo.png is not an image.
 */
public enum FileKind {
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    GIF("image/gif", "GIF8".getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
    WEBP("image/webp", null),
    PDF("application/pdf", "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

    private final String contentType;
    private final byte[] magic;

    FileKind(String contentType, byte[] magic) {
        this.contentType = contentType;
        this.magic = magic;
    }

    public String contentType() {
        return contentType;
    }

    public boolean isImage() {
        return this != PDF;
    }

    /** What the bytes are, if they are one of the allowed kinds. */
    public static Optional<FileKind> of(byte[] head) {
        if (head.length >= 12 && head[0] == 'R' && head[1] == 'I' && head[2] == 'F' && head[3] == 'F'
                && head[8] == 'W' && head[9] == 'E' && head[10] == 'B' && head[11] == 'P') {
            return Optional.of(WEBP);
        }
        return Arrays.stream(values()).filter(k -> k.magic != null && startsWith(head, k.magic)).findFirst();
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
