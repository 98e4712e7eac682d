package org.clusterforum.discussion.service;

import java.io.Serializable;

/** A theme as the administration page lists it: in home-page order, a sub-theme right after its parent. */
public record AdminTheme(long id, String name, String slug, String description, Long parentId, String parentName,
                         int threadCount, int postCount, boolean archived, boolean first, boolean last)
        implements Serializable {

    public boolean subTheme() {
        return parentId != null;
    }
}
