package org.clusterforum.challenge.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clusterforum.challenge.service.ChallengeMoves;
import org.clusterforum.discussion.service.Place;
import org.clusterforum.platform.security.CurrentMember;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.InvalidInput;
import org.clusterforum.platform.validation.NotFound;
import org.clusterforum.platform.web.Pages;

/**
 * "Move challenge" on a challenge page, for moderators and group owners: the board or a group they moderate, and
 * a reason for the audit log. What was chosen and typed survives a refusal.
 */
@Named
@ViewScoped
public class MoveChallengeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ChallengeMoves moves;

    @Inject
    CurrentMember currentMember;

    private List<Place> targets;
    private String target;
    private String reason;

    /** The places this challenge can go to (loaded once per page view). */
    public List<Place> targets(long challengeId) {
        if (targets == null) {
            targets = currentMember.isSignedIn() ? moves.moveTargets(currentMember.viewer(), challengeId) : List.of();
        }
        return targets;
    }

    public void move(long challengeId) {
        try {
            moves.moveChallenge(currentMember.viewer(), challengeId, target, reason);
            Pages.info("The challenge is moved. Its answers and comments went with it.");
            Pages.redirect("/challenges/challenge?id=" + challengeId);
        } catch (InvalidInput problems) {
            Pages.show(problems, "move");
        } catch (Forbidden e) {
            Pages.error(e.getMessage());
        } catch (NotFound e) {
            Pages.notFound();
        }
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
