package org.clusterforum.discussion.service;

/** A theme's heading on its own page; a sub-theme names its parent; an archived theme takes no new posts. */
public record ThemeView(long id, String name, String slug, String description, int threadCount, String parentName,
                        String parentSlug, boolean archived) implements java.io.Serializable {
}
