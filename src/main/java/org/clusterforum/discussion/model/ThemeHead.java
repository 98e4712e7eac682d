package org.clusterforum.discussion.model;

/** A theme with whether its reader watches it. */
public record ThemeHead(Theme theme, boolean watching) {
}
