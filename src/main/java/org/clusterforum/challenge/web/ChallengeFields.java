package org.clusterforum.challenge.web;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.clusterforum.challenge.service.TagService;
import org.clusterforum.challenge.service.TagView;
import org.clusterforum.discussion.service.DiscussionService;
import org.clusterforum.discussion.service.ThemeSummary;
import org.clusterforum.platform.security.CurrentMember;

/** What the forms posting and editing a challenge share: title, tags and related theme, and their choices. */
abstract class ChallengeFields implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TagService tagService;

    @Inject
    DiscussionService discussions;

    @Inject
    CurrentMember currentMember;

    private String title;
    private List<String> tags = new ArrayList<>();
    private String theme;
    private List<TagView> allTags;
    private List<ThemeSummary> themes;

    /** The approved tags to choose from. */
    public List<TagView> getAllTags() {
        if (allTags == null) {
            allTags = tagService.approvedTags();
        }
        return allTags;
    }

    /** The themes a challenge may relate to. */
    public List<ThemeSummary> getThemes() {
        if (themes == null) {
            themes = discussions.themes(currentMember.viewer());
        }
        return themes;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags == null ? new ArrayList<>() : new ArrayList<>(tags);
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }
}
