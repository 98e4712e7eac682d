package org.clusterforum.challenge.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.clusterforum.challenge.service.AskForm;
import org.clusterforum.challenge.service.ChallengeService;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.InvalidInput;
import org.clusterforum.platform.validation.NotFound;
import org.clusterforum.platform.web.Ids;
import org.clusterforum.platform.web.Pages;

/**
 * /challenges/edit?id=42: a challenge's title, tags and theme, for its author or a moderator. (Its text is edited
 * like any post, with history.)
 */
@Named
@ViewScoped
public class EditChallengePage extends ChallengeFields {

    private static final long serialVersionUID = 1L;

    @Inject
    ChallengeService challenges;

    private String id;
    private Long challengeId;

    public void load() {
        challengeId = Ids.parse(id);
        try {
            if (challengeId == null) {
                throw new NotFound("Challenge");
            }
            AskForm form = challenges.challengeForEdit(currentMember.viewer(), challengeId);
            setTitle(form.title());
            setTags(form.tagSlugs());
            setTheme(form.themeSlug());
        } catch (NotFound e) {
            Pages.notFound();
        } catch (Forbidden e) {
            Pages.sendError(403);
        }
    }

    public void save() {
        try {
            challenges.editChallenge(currentMember.viewer(), challengeId,
                    new AskForm(getTitle(), null, getTags(), getTheme(), null));
            Pages.info("Your changes are saved.");
            Pages.redirect(getChallengeUrl());
        } catch (InvalidInput problems) {
            Pages.show(problems, "editChallenge");
        } catch (Forbidden | NotFound e) {
            Pages.error(e.getMessage());
        }
    }

    public String getChallengeUrl() {
        return "/challenges/challenge?id=" + challengeId;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
