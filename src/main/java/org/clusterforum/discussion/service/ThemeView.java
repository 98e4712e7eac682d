package org.clusterforum.discussion.service;

/** A theme's heading on its own page. */
public record ThemeView(long id, String name, String slug, String description, int threadCount)
        implements java.io.Serializable {
}
