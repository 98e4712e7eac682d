package org.clusterforum.group.service;

/** A group in a list: what anyone who may know of it sees, and the viewer's role in it (null: none). */
public record GroupSummary(long id, String name, String slug, String description, String visibility,
                           int memberCount, int threadCount, String myRole) implements java.io.Serializable {

    public String url() {
        return "/groups/group?slug=" + slug;
    }
}
