package org.clusterforum.discussion.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clusterforum.discussion.service.DiscussionService;
import org.clusterforum.discussion.service.ThemeSummary;
import org.clusterforum.platform.security.CurrentMember;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.InvalidInput;
import org.clusterforum.platform.validation.NotFound;
import org.clusterforum.platform.web.Pages;

/** /threads/new?theme=regulation: title + rich-text opening post. Members only (web.xml constraint). */
@Named
@ViewScoped
public class NewThreadPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DiscussionService discussions;

    @Inject
    CurrentMember currentMember;

    private String theme;
    private String title;
    private String body;
    private List<ThemeSummary> themes;
    /** Set once the thread is started, so a double submit of this page does not start it twice. */
    private String started;

    public synchronized void start() {
        if (started != null) {
            Pages.redirect(started);
            return;
        }
        try {
            long threadId = discussions.startThread(currentMember.viewer(), theme, title, body);
            started = "/threads/thread?id=" + threadId;
            Pages.info("Your thread is started.");
            Pages.redirect(started);
        } catch (InvalidInput problems) {
            Pages.show(problems, "newThread");
        } catch (NotFound e) {
            Pages.show(InvalidInput.of("theme", "Choose a theme for your thread."), "newThread");
        } catch (Forbidden e) {
            Pages.error(e.getMessage());
        }
    }

    public List<ThemeSummary> getThemes() {
        if (themes == null) {
            themes = discussions.themes(currentMember.viewer());
        }
        return themes;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
