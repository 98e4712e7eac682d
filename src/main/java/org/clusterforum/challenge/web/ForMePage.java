package org.clusterforum.challenge.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.clusterforum.challenge.service.ExpertService;
import org.clusterforum.challenge.service.ForMe;
import org.clusterforum.platform.security.CurrentMember;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.NotFound;
import org.clusterforum.platform.web.Pages;

/** /challenges/for-me: an expert's invitations (accept or decline here) and unsolved challenges in their tags. */
@Named
@RequestScoped
public class ForMePage {

    static final int LIMIT = 30;

    @Inject
    ExpertService experts;

    @Inject
    CurrentMember currentMember;

    private ForMe forMe;

    public ForMe getForMe() {
        if (forMe == null) {
            forMe = experts.forMe(currentMember.viewer(), LIMIT);
        }
        return forMe;
    }

    public void accept(long challengeId) {
        try {
            experts.acceptInvitation(currentMember.viewer(), challengeId);
            Pages.info("Thank you: the asker sees that you will answer.");
        } catch (Forbidden | NotFound e) {
            Pages.error(e.getMessage());
        }
        Pages.redirect("/challenges/for-me");
    }

    public void decline(long challengeId) {
        try {
            experts.declineInvitation(currentMember.viewer(), challengeId);
            Pages.info("Invitation declined: it passes to another expert.");
        } catch (Forbidden | NotFound e) {
            Pages.error(e.getMessage());
        }
        Pages.redirect("/challenges/for-me");
    }
}
