package org.clusterforum.challenge.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.clusterforum.challenge.service.ExpertService;
import org.clusterforum.challenge.service.TagService;
import org.clusterforum.challenge.service.TagView;
import org.clusterforum.platform.security.CurrentMember;
import org.clusterforum.platform.security.Permission;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.InvalidInput;
import org.clusterforum.platform.web.Pages;

/**
 * /challenges/expertise: an expert chooses the tags they answer about; a member who is not an expert yet asks for
 * the role.
 */
@Named
@ViewScoped
public class ExpertisePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExpertService experts;

    @Inject
    TagService tagService;

    @Inject
    CurrentMember currentMember;

    private List<String> tags;
    private List<TagView> allTags;
    private String motivation;
    private Boolean pending;

    public boolean isExpert() {
        return currentMember.viewer().can(Permission.ANSWER_AS_EXPERT);
    }

    public boolean isRequestPending() {
        if (pending == null) {
            pending = experts.hasPendingRequest(currentMember.viewer());
        }
        return pending;
    }

    public void save() {
        try {
            experts.declareExpertise(currentMember.viewer(), tags);
            Pages.info("Your expertise is saved: new challenges with these tags may be sent your way.");
            Pages.redirect("/challenges/expertise");
        } catch (InvalidInput problems) {
            Pages.show(problems, "expertise");
        } catch (Forbidden e) {
            Pages.error(e.getMessage());
        }
    }

    public synchronized void request() {
        if (Boolean.TRUE.equals(pending)) {
            Pages.redirect("/challenges/expertise");
            return;
        }
        try {
            experts.requestExpertRole(currentMember.viewer(), motivation);
            pending = true;
            Pages.info("Your request is sent: an administrator will look at it.");
            Pages.redirect("/challenges/expertise");
        } catch (InvalidInput problems) {
            Pages.show(problems, "requestRole");
        } catch (Forbidden e) {
            Pages.error(e.getMessage());
        }
    }

    public List<String> getTags() {
        if (tags == null) {
            tags = new ArrayList<>(experts.expertiseOf(currentMember.viewer().memberId()).stream()
                    .map(TagView::slug).toList());
        }
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags == null ? new ArrayList<>() : new ArrayList<>(tags);
    }

    public List<TagView> getAllTags() {
        if (allTags == null) {
            allTags = tagService.approvedTags();
        }
        return allTags;
    }

    public String getMotivation() {
        return motivation;
    }

    public void setMotivation(String motivation) {
        this.motivation = motivation;
    }
}
