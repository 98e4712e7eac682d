package org.clusterforum.discussion.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.clusterforum.discussion.service.DiscussionService;
import org.clusterforum.discussion.service.ThemeSummary;
import org.clusterforum.platform.security.CurrentMember;

/** The home page: every theme the viewer may read, with counts and latest activity. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    DiscussionService discussions;

    @Inject
    CurrentMember currentMember;

    private List<ThemeSummary> themes;

    public List<ThemeSummary> getThemes() {
        if (themes == null) {
            themes = discussions.themes(currentMember.viewer());
        }
        return themes;
    }
}
