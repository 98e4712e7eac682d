package org.clusterforum.discussion.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.clusterforum.discussion.service.DiscussionService;
import org.clusterforum.discussion.service.ThreadItem;
import org.clusterforum.discussion.service.ThemePageView;
import org.clusterforum.discussion.service.ThemeView;
import org.clusterforum.platform.persistence.Page;
import org.clusterforum.platform.persistence.PageRequest;
import org.clusterforum.platform.security.CurrentMember;
import org.clusterforum.platform.validation.NotFound;
import org.clusterforum.platform.web.Ids;
import org.clusterforum.platform.web.Pages;

/** /themes/theme?slug=regulation&amp;page=2: a theme's threads, pinned first, then by latest activity. */
@Named
@RequestScoped
public class ThemePage {

    @Inject
    DiscussionService discussions;

    @Inject
    CurrentMember currentMember;

    private String slug;
    private String page;
    private ThemeView theme;
    private boolean watching;
    private Page<ThreadItem> threads;

    public void load() {
        try {
            ThemePageView view = discussions.themePage(currentMember.viewer(), slug,
                    PageRequest.of(Ids.parse(page), DiscussionService.THREADS_PER_PAGE));
            theme = view.theme();
            watching = view.watching();
            threads = view.threads();
        } catch (NotFound e) {
            Pages.notFound();
        }
    }

    /** "Mark theme read": every thread of the theme counts as read up to its last post. */
    public void markRead() {
        try {
            discussions.markThemeRead(currentMember.viewer(), slug);
            Pages.info("All threads in this theme are marked as read.");
            Pages.redirect("/themes/theme?slug=" + slug);
        } catch (NotFound e) {
            Pages.notFound();
        }
    }

    public void watch(boolean watch) {
        try {
            discussions.watchTheme(currentMember.viewer(), slug, watch);
            Pages.info(watch ? "You are watching this theme: new threads will appear in your notifications."
                    : "You no longer watch this theme.");
            Pages.redirect("/themes/theme?slug=" + slug);
        } catch (NotFound e) {
            Pages.notFound();
        }
    }

    public boolean isWatching() {
        return watching;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public ThemeView getTheme() {
        return theme;
    }

    public Page<ThreadItem> getThreads() {
        return threads;
    }
}
