package org.clusterforum.discussion.service;

/** Somewhere a member may start a discussion: a theme or one of their groups. */
public record Place(String name, String slug, boolean group) {

    public String label() {
        return group ? name + " (group)" : name;
    }
}
