package org.clusterforum.moderation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.clusterforum.account.service.MyNotices;
import org.clusterforum.account.service.SanctionService;
import org.clusterforum.moderation.service.ReportOutcome;
import org.clusterforum.moderation.service.ReviewService;
import java.util.List;
import org.clusterforum.platform.security.CurrentMember;
import org.clusterforum.platform.security.ForumAuthenticationMechanism;
import org.clusterforum.platform.validation.NotFound;
import org.clusterforum.platform.web.Pages;

/**
 * On every page of a signed-in member: the moderators' warnings they have not yet acknowledged, a silence in force
 * with its reason, and the outcome of their reports once handled. Two small indexed queries per page, none for
 * visitors.
 */
@Named
@RequestScoped
public class ModeratorNotices {

    @Inject
    SanctionService sanctions;

    @Inject
    CurrentMember currentMember;

    @Inject
    ReviewService reviews;

    private MyNotices notices;
    private List<ReportOutcome> outcomes;

    public List<ReportOutcome> getOutcomes() {
        if (outcomes == null) {
            outcomes = reviews.handledReports(currentMember.viewer());
        }
        return outcomes;
    }

    /** Whether there is anything to show. */
    public boolean isShown() {
        return !getNotices().isEmpty() || !getOutcomes().isEmpty();
    }

    public void dismissOutcomes() {
        reviews.dismissOutcomes(currentMember.viewer());
        outcomes = null;
        Pages.redirect(ForumAuthenticationMechanism.safeContinue(refererPath()));
    }

    public MyNotices getNotices() {
        if (notices == null) {
            notices = sanctions.noticesFor(currentMember.viewer());
        }
        return notices;
    }

    /** The page the member was on (the form posts to the view's bare path; its query is in the referer). */
    private static String refererPath() {
        var external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        String referer = external.getRequestHeaderMap().get("Referer");
        if (referer == null) {
            return "/";
        }
        try {
            java.net.URI uri = java.net.URI.create(referer);
            String path = uri.getRawPath();
            String context = external.getRequestContextPath();
            if (path == null || !path.startsWith(context)) {
                return "/";
            }
            path = path.substring(context.length());
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }

    public void acknowledge(long warningId) {
        try {
            sanctions.acknowledgeWarning(currentMember.viewer(), warningId);
            notices = null;
            Pages.info("Thank you. The moderators can see that you have read the warning.");
            Pages.redirect(ForumAuthenticationMechanism.safeContinue(refererPath()));
        } catch (NotFound e) {
            Pages.error("That warning is no longer there.");
        }
    }
}
