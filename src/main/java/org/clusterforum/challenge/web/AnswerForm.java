package org.clusterforum.challenge.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.clusterforum.challenge.service.ChallengeService;
import org.clusterforum.discussion.service.PostLocation;
import org.clusterforum.discussion.web.Uploads;
import org.clusterforum.platform.security.CurrentMember;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.InvalidInput;
import org.clusterforum.platform.validation.NotFound;
import org.clusterforum.platform.web.Pages;
import org.primefaces.model.file.UploadedFiles;

/**
 * What a member's challenge page remembers between its requests (visitors never touch it): which challenge the
 * view shows, the answer being written (with its conflict-of-interest disclosure) and the comments being written,
 * so a validation problem never loses the text.
 */
@Named
@ViewScoped
public class AnswerForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ChallengeService challenges;

    @Inject
    CurrentMember currentMember;

    private Long challengeId;
    private String body;
    private boolean conflictOfInterest;
    private String disclosure;
    private final Map<Long, String> comments = new HashMap<>();
    /** Conflict-of-interest disclosures of the answers the member may edit, by answer id. */
    private final Map<Long, String> disclosures = new HashMap<>();
    /** Where the answer went once posted, so a double submit does not try to post it twice. */
    private String answered;
    /** The last comment this view posted (post id and text), so a double submit does not post it twice. */
    private String commented;
    private transient UploadedFiles files;

    void start(long challengeId, Map<Long, String> editableDisclosures) {
        this.challengeId = challengeId;
        disclosures.clear();
        disclosures.putAll(editableDisclosures);
    }

    Long challengeId() {
        return challengeId;
    }

    public synchronized void answer() {
        if (answered != null) {
            Pages.redirect(answered);
            return;
        }
        try {
            PostLocation location = challenges.answer(currentMember.viewer(), challengeId, body, conflictOfInterest,
                    disclosure, Uploads.of(files));
            answered = "/challenges/challenge?id=" + challengeId + "#post-" + location.position();
            Pages.info(challenges.answerAwaitsApproval(location.postId())
                    ? "Thank you: your answer waits for a moderator's approval, as new members' first posts do."
                            + " Only you and the moderators see it until then."
                    : "Your answer is posted.");
            Pages.redirect(answered);
        } catch (InvalidInput problems) {
            Pages.show(problems, "answer");
        } catch (Forbidden | NotFound e) {
            Pages.error(e.getMessage());
        }
    }

    /** Posts the comment typed under post {@code postId} (the challenge's opening post or an answer). */
    public synchronized void comment(long postId) {
        String text = comments.get(postId);
        String key = postId + "\n" + text;
        if (key.equals(commented)) {
            Pages.redirect("/challenges/challenge?id=" + challengeId + "#comments-" + postId);
            return;
        }
        try {
            challenges.comment(currentMember.viewer(), challengeId, postId, text);
            commented = key;
            comments.remove(postId);
            Pages.info("Your comment is added.");
            Pages.redirect("/challenges/challenge?id=" + challengeId + "#comments-" + postId);
        } catch (InvalidInput problems) {
            problems.messages().values().forEach(Pages::error);
        } catch (Forbidden | NotFound e) {
            Pages.error(e.getMessage());
        }
    }

    /** Saves the disclosure typed for answer {@code answerId}; an empty one means no conflict of interest. */
    public void disclose(long answerId) {
        String text = disclosures.get(answerId);
        try {
            challenges.disclose(currentMember.viewer(), answerId, text != null && !text.isBlank(), text);
            Pages.info(text == null || text.isBlank() ? "The disclosure is removed." : "The disclosure is saved.");
            Pages.redirect("/challenges/challenge?id=" + challengeId);
        } catch (InvalidInput problems) {
            problems.messages().values().forEach(Pages::error);
        } catch (Forbidden | NotFound e) {
            Pages.error(e.getMessage());
        }
    }

    public Map<Long, String> getDisclosures() {
        return disclosures;
    }

    public Map<Long, String> getComments() {
        return comments;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public boolean isConflictOfInterest() {
        return conflictOfInterest;
    }

    public void setConflictOfInterest(boolean conflictOfInterest) {
        this.conflictOfInterest = conflictOfInterest;
    }

    public String getDisclosure() {
        return disclosure;
    }

    public void setDisclosure(String disclosure) {
        this.disclosure = disclosure;
    }

    public UploadedFiles getFiles() {
        return files;
    }

    public void setFiles(UploadedFiles files) {
        this.files = files;
    }
}
