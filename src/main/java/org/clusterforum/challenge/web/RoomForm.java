package org.clusterforum.challenge.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clusterforum.challenge.service.AnswerView;
import org.clusterforum.challenge.service.ChallengePageView;
import org.clusterforum.challenge.service.ChallengeService;
import org.clusterforum.platform.security.CurrentMember;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.InvalidInput;
import org.clusterforum.platform.validation.NotFound;
import org.clusterforum.platform.web.Pages;

/**
 * "Take this offline" on a challenge page: the asker names a private collaboration room and chooses the answerers
 * to invite. The typed name and choices survive a refusal.
 */
@Named
@ViewScoped
public class RoomForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ChallengeService challenges;

    @Inject
    CurrentMember currentMember;

    private String name;
    private List<String> answerers = new ArrayList<>();
    private boolean opened;

    /** The members who answered (not the asker, not deleted answers), as id → name, in answer order. */
    public Map<String, String> answerersOf(ChallengePageView view) {
        Map<String, String> found = new LinkedHashMap<>();
        for (AnswerView a : view.answers()) {
            if (!a.deleted() && a.authorId() != view.challenge().askerId()) {
                found.putIfAbsent(a.authorName(), Long.toString(a.authorId()));
            }
        }
        return found;
    }

    /** Starts the form with a suggested name: the challenge's title, shortened to fit. */
    public void suggest(ChallengePageView view) {
        if (name == null) {
            String title = "Follow-up: " + view.challenge().title();
            name = title.length() > 80 ? title.substring(0, 79).strip() + "\u2026" : title;
        }
    }

    public void open(long challengeId) {
        if (opened) {
            return;
        }
        try {
            List<Long> ids = answerers.stream().map(Long::parseLong).toList();
            String slug = challenges.openRoom(currentMember.viewer(), challengeId, name, ids);
            opened = true;
            Pages.info("Your room is open. The answerers you chose are invited; they find the invitation under Groups.");
            Pages.redirect("/groups/group?slug=" + slug);
        } catch (InvalidInput problems) {
            Pages.show(problems, "room");
        } catch (NumberFormatException e) {
            Pages.show(InvalidInput.of("answerers", "Choose among the members who answered this challenge."), "room");
        } catch (Forbidden | NotFound e) {
            Pages.error(e.getMessage());
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<String> getAnswerers() {
        return answerers;
    }

    public void setAnswerers(List<String> answerers) {
        this.answerers = answerers == null ? new ArrayList<>() : answerers;
    }
}
