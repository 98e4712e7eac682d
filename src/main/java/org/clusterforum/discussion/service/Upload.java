package org.clusterforum.discussion.service;

/** A file a member chose to attach, as the browser sent it (name and bytes; the type is decided from the bytes). */
public record Upload(String fileName, byte[] bytes) {

    @Override
    public String toString() {
        return "Upload[" + fileName + ", " + bytes.length + " bytes]";
    }
}
