package org.clusterforum.challenge.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clusterforum.challenge.model.CloseReason;
import org.clusterforum.challenge.service.ChallengeService;
import org.clusterforum.platform.security.CurrentMember;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.InvalidInput;
import org.clusterforum.platform.validation.NotFound;
import org.clusterforum.platform.web.Pages;

/**
 * "Close challenge" on a challenge page, for moderators and the owners of its group: a reason, the original for
 * a duplicate (its number or its address), a note; and "Reopen challenge". What was typed survives a refusal.
 */
@Named
@ViewScoped
public class CloseChallengeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ChallengeService challenges;

    @Inject
    CurrentMember currentMember;

    private CloseReason reason;
    private String original;
    private String note;

    public void close(long challengeId) {
        try {
            Long originalId = parse(original);
            if (reason == CloseReason.DUPLICATE && original != null && !original.isBlank() && originalId == null) {
                throw InvalidInput.of("original", "Give the original's number (as in …/challenge?id=42) or its address.");
            }
            challenges.closeChallenge(currentMember.viewer(), challengeId, reason, note, originalId);
            Pages.info("The challenge is closed: it takes no new answers.");
            Pages.redirect("/challenges/challenge?id=" + challengeId);
        } catch (InvalidInput problems) {
            Pages.show(problems, "close");
        } catch (Forbidden | NotFound e) {
            Pages.error(e.getMessage());
        }
    }

    public void reopen(long challengeId) {
        try {
            challenges.reopenChallenge(currentMember.viewer(), challengeId, note);
            Pages.info("The challenge is open again.");
            Pages.redirect("/challenges/challenge?id=" + challengeId);
        } catch (Forbidden | NotFound e) {
            Pages.error(e.getMessage());
        }
    }

    static Long parse(String text) {
        return org.clusterforum.platform.web.Ids.fromNumberOrAddress(text);
    }

    public List<CloseReason> getReasons() {
        return List.of(CloseReason.values());
    }

    public CloseReason getReason() {
        return reason;
    }

    public void setReason(CloseReason reason) {
        this.reason = reason;
    }

    public String getOriginal() {
        return original;
    }

    public void setOriginal(String original) {
        this.original = original;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
