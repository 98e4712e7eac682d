package org.clusterforum.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.clusterforum.challenge.service.ChallengeProfile;
import org.clusterforum.challenge.service.ExpertService;
import org.clusterforum.account.service.AccountService;
import org.clusterforum.account.service.MemberStanding;
import org.clusterforum.account.service.SanctionService;
import org.clusterforum.platform.security.Permission;
import org.clusterforum.account.service.MemberProfile;
import org.clusterforum.discussion.service.RecentPost;
import org.clusterforum.discussion.service.DiscussionService;
import org.clusterforum.platform.security.CurrentMember;
import org.clusterforum.platform.validation.NotFound;
import org.clusterforum.platform.web.Ids;
import org.clusterforum.platform.web.Pages;

/** /members/profile?id=N: who a member is and what they have posted recently. */
@Named
@RequestScoped
public class ProfilePage {

    @Inject
    AccountService accounts;

    @Inject
    DiscussionService discussions;

    @Inject
    CurrentMember currentMember;

    @Inject
    ExpertService experts;

    private String id;
    private MemberProfile profile;
    private List<RecentPost> recentPosts;
    private ChallengeProfile challengeProfile;
    private MemberStanding standing;

    @Inject
    SanctionService sanctions;

    public void load() {
        Long memberId = Ids.parse(id);
        if (memberId == null) {
            Pages.notFound();
            return;
        }
        try {
            profile = accounts.profile(memberId);
            recentPosts = discussions.recentPostsOf(currentMember.viewer(), memberId, 10);
            challengeProfile = experts.profile(memberId);
            if (currentMember.viewer().can(Permission.MODERATE)) {
                standing = sanctions.standing(currentMember.viewer(), memberId);
            }
        } catch (NotFound e) {
            Pages.notFound();
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public MemberProfile getProfile() {
        return profile;
    }

    public ChallengeProfile getChallengeProfile() {
        return challengeProfile;
    }

    /** The member's sanctions, for moderators (null for everyone else). */
    public MemberStanding getStanding() {
        return standing;
    }

    public List<RecentPost> getRecentPosts() {
        return recentPosts;
    }
}
