package org.clusterforum.challenge.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import org.clusterforum.challenge.service.AskForm;
import org.clusterforum.challenge.service.ChallengeService;
import org.clusterforum.group.service.GroupService;
import org.clusterforum.platform.validation.NotFound;
import org.clusterforum.discussion.web.Uploads;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.InvalidInput;
import org.clusterforum.platform.web.Pages;
import org.primefaces.model.file.UploadedFiles;

/**
 * /challenges/ask?tags=dtac&amp;theme=regulation: title, tags, optional theme and rich-text description. Members
 * only (web.xml constraint). A problem with any field keeps everything typed.
 */
@Named
@ViewScoped
public class AskChallengePage extends ChallengeFields {

    private static final long serialVersionUID = 1L;

    @Inject
    ChallengeService challenges;

    @Inject
    GroupService groups;

    private String body;
    private String tagParam;
    private String posted;
    private transient UploadedFiles files;
    private String group;
    private String groupName;

    /**
     * GET: tags (and a theme) chosen in advance by the link that led here; {@code group}: the challenge is for a
     * group (404 when the viewer cannot see it).
     */
    public void load() {
        if (group != null && !group.isBlank() && groupName == null) {
            try {
                groupName = groups.group(currentMember.viewer(), group).name();
            } catch (NotFound e) {
                Pages.notFound();
                return;
            }
        }
        if (tagParam != null && getTags().isEmpty()) {
            setTags(Arrays.stream(tagParam.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
        }
    }

    public synchronized void ask() {
        if (posted != null) {
            Pages.redirect(posted);
            return;
        }
        try {
            long id = challenges.askChallengeIn(currentMember.viewer(), groupName == null ? null : group,
                    new AskForm(getTitle(), body, getTags(), getTheme(), Uploads.of(files)));
            posted = "/challenges/challenge?id=" + id;
            if (challenges.challengeAwaitsApproval(id)) {
                Pages.info("Thank you: your challenge waits for a moderator's approval, as new members' first posts"
                        + " do. Only you and the moderators see it until then.");
            } else {
                Pages.info(groupName == null ? "Your challenge is posted. Experts who know its tags are invited to"
                        + " answer." : "Your challenge is posted in " + groupName + ". Only its members see it.");
            }
            Pages.redirect(posted);
        } catch (InvalidInput problems) {
            Pages.show(problems, "ask");
        } catch (Forbidden e) {
            Pages.error(e.getMessage());
        } catch (NotFound e) {
            Pages.error("This group is no longer available to you.");
        }
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }

    public String getGroupName() {
        return groupName;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getTagParam() {
        return tagParam;
    }

    public void setTagParam(String tagParam) {
        this.tagParam = tagParam;
    }

    public UploadedFiles getFiles() {
        return files;
    }

    public void setFiles(UploadedFiles files) {
        this.files = files;
    }
}
