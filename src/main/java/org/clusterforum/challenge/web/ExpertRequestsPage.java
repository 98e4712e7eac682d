package org.clusterforum.challenge.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.clusterforum.challenge.service.ExpertRequestView;
import org.clusterforum.challenge.service.ExpertService;
import org.clusterforum.platform.security.CurrentMember;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.NotFound;
import org.clusterforum.platform.web.Pages;

/** /challenges/expert-requests: administrators grant or refuse members' requests for the expert role. */
@Named
@RequestScoped
public class ExpertRequestsPage {

    @Inject
    ExpertService experts;

    @Inject
    CurrentMember currentMember;

    private List<ExpertRequestView> requests;

    public void load() {
        try {
            requests = experts.pendingRequests(currentMember.viewer());
        } catch (Forbidden e) {
            Pages.sendError(403);
        }
    }

    public List<ExpertRequestView> getRequests() {
        if (requests == null) {
            requests = experts.pendingRequests(currentMember.viewer());
        }
        return requests;
    }

    public void decide(long requestId, boolean grant) {
        try {
            experts.decideExpertRequest(currentMember.viewer(), requestId, grant);
            Pages.info(grant ? "The member is an expert now." : "The request is refused.");
        } catch (Forbidden | NotFound e) {
            Pages.error(e.getMessage());
        }
        Pages.redirect("/challenges/expert-requests");
    }
}
