package org.clusterforum.discussion.service;

import org.clusterforum.platform.persistence.Page;

/** One page of a theme's threads, for its reader; {@code watching} when they watch the theme. */
public record ThemePageView(ThemeView theme, boolean watching, Page<ThreadItem> threads) {
}
