package org.clusterforum.challenge.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.clusterforum.challenge.model.ChallengeQuery;
import org.clusterforum.challenge.service.ChallengeList;
import org.clusterforum.challenge.service.ChallengeService;
import org.clusterforum.challenge.service.ExpertService;
import org.clusterforum.challenge.service.LeaderboardEntry;
import org.clusterforum.challenge.service.TagService;
import org.clusterforum.challenge.service.TagView;
import org.clusterforum.platform.persistence.PageRequest;
import org.clusterforum.platform.security.CurrentMember;
import org.clusterforum.platform.validation.NotFound;
import org.clusterforum.platform.web.Pages;

/** /challenges/tag?slug=dtac: what the tag covers, its latest challenges and its leaderboard of experts. */
@Named
@RequestScoped
public class TagPage {

    static final int LATEST = 10;

    @Inject
    TagService tags;

    @Inject
    ChallengeService challenges;

    @Inject
    ExpertService experts;

    @Inject
    CurrentMember currentMember;

    private String slug;
    private TagView tag;
    private ChallengeList latest;
    private List<LeaderboardEntry> leaders;

    public void load() {
        try {
            tag = tags.tag(slug);
        } catch (NotFound e) {
            Pages.notFound();
            return;
        }
        latest = challenges.list(currentMember.viewer(), ChallengeQuery.View.NEWEST, false, List.of(tag.slug()),
                PageRequest.of(1L, LATEST));
        leaders = experts.leaderboard(tag.id());
    }

    public String getAllUrl() {
        return ChallengesPage.url("newest", false, List.of(tag.slug()));
    }

    public String getUnansweredUrl() {
        return ChallengesPage.url("unanswered", false, List.of(tag.slug()));
    }

    public TagView getTag() {
        return tag;
    }

    public ChallengeList getLatest() {
        return latest;
    }

    public List<LeaderboardEntry> getLeaders() {
        return leaders;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
