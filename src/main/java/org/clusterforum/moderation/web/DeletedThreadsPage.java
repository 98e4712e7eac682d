package org.clusterforum.moderation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.clusterforum.discussion.service.DeletedThread;
import org.clusterforum.discussion.service.ThreadModeration;
import org.clusterforum.platform.persistence.Page;
import org.clusterforum.platform.persistence.PageRequest;
import org.clusterforum.platform.security.CurrentMember;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.web.Ids;
import org.clusterforum.platform.web.Pages;

/**
 * /moderation/deleted?page=2: deleted discussions, most recently deleted first, each linking to the thread (where
 * a moderator restores it). Anyone but a moderator gets "page not found".
 */
@Named
@RequestScoped
public class DeletedThreadsPage {

    public static final int PER_PAGE = 50;

    @Inject
    ThreadModeration moderation;

    @Inject
    CurrentMember currentMember;

    private String page;
    private Page<DeletedThread> threads;

    public void load() {
        try {
            threads = moderation.deletedThreads(currentMember.viewer(), PageRequest.of(Ids.parse(page), PER_PAGE));
        } catch (Forbidden e) {
            Pages.notFound();
        }
    }

    public Page<DeletedThread> getThreads() {
        return threads;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
