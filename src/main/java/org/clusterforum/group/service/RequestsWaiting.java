package org.clusterforum.group.service;

import java.io.Serializable;

/** A group the viewer owns with join requests waiting for a decision. */
public record RequestsWaiting(String groupName, String groupSlug, long requests) implements Serializable {

    public String manageUrl() {
        return "/groups/manage?slug=" + groupSlug;
    }
}
