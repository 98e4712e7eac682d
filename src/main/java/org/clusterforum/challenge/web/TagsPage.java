package org.clusterforum.challenge.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clusterforum.challenge.service.TagService;
import org.clusterforum.challenge.service.TagView;
import org.clusterforum.platform.security.CurrentMember;
import org.clusterforum.platform.security.Permission;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.InvalidInput;
import org.clusterforum.platform.validation.NotFound;
import org.clusterforum.platform.web.Pages;

/**
 * /challenges/tags: the expertise taxonomy with each tag's challenges; members propose new tags, moderators
 * approve or reject proposals here.
 */
@Named
@ViewScoped
public class TagsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TagService tags;

    @Inject
    CurrentMember currentMember;

    private String name;
    private String description;
    private List<TagView> approved;
    private List<TagView> proposed;

    public List<TagView> getApproved() {
        if (approved == null) {
            approved = tags.approvedTags();
        }
        return approved;
    }

    /** Proposals waiting for a decision, for moderators (empty for everyone else). */
    public List<TagView> getProposed() {
        if (proposed == null) {
            proposed = currentMember.viewer().can(Permission.MODERATE) ? tags.proposedTags(currentMember.viewer())
                    : List.of();
        }
        return proposed;
    }

    public void propose() {
        try {
            tags.proposeTag(currentMember.viewer(), name, description);
            Pages.info("Thank you: your tag \u201c" + name.strip() + "\u201d waits for a moderator's approval.");
            Pages.redirect("/challenges/tags");
        } catch (InvalidInput problems) {
            Pages.show(problems, "propose");
        } catch (Forbidden e) {
            Pages.error(e.getMessage());
        }
    }

    public void decide(String slug, boolean approve) {
        try {
            tags.decideTag(currentMember.viewer(), slug, approve);
            Pages.info(approve ? "The tag is approved: members can use it now." : "The tag is rejected.");
        } catch (Forbidden | NotFound e) {
            Pages.error(e.getMessage());
        }
        Pages.redirect("/challenges/tags");
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
