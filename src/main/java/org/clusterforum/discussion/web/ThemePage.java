package org.clusterforum.discussion.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.clusterforum.discussion.model.ThreadRow;
import org.clusterforum.discussion.service.DiscussionService;
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
    private Page<ThreadRow> threads;

    public void load() {
        try {
            theme = discussions.theme(currentMember.viewer(), slug);
            threads = discussions.threadsOf(currentMember.viewer(), slug,
                    PageRequest.of(Ids.parse(page), DiscussionService.THREADS_PER_PAGE));
        } catch (NotFound e) {
            Pages.notFound();
        }
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

    public Page<ThreadRow> getThreads() {
        return threads;
    }
}
