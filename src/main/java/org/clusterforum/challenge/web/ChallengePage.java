package org.clusterforum.challenge.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.clusterforum.challenge.service.AnswerView;
import org.clusterforum.challenge.service.ChallengePageView;
import org.clusterforum.challenge.service.ChallengeService;
import org.clusterforum.challenge.service.ExpertService;
import org.clusterforum.discussion.service.PostService;
import org.clusterforum.platform.security.CurrentMember;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.InvalidInput;
import org.clusterforum.platform.validation.NotFound;
import org.clusterforum.platform.web.Ids;
import org.clusterforum.platform.web.Pages;

/**
 * /challenges/challenge?id=42: a challenge, its answers (accepted first, then by score) and comments, with
 * voting, accepting, helpful marks, invitations and the answer box for those who may. Request-scoped, so a
 * visitor's reading keeps no server state; a member's postbacks find the challenge through {@link AnswerForm}.
 * Every action redirects back to the page (post-redirect-get).
 */
@Named
@RequestScoped
public class ChallengePage {

    @Inject
    ChallengeService challenges;

    @Inject
    org.clusterforum.discussion.service.ThreadModeration moderation;

    @Inject
    ExpertService experts;

    @Inject
    PostService posts;

    @Inject
    CurrentMember currentMember;

    @Inject
    AnswerForm answerForm;

    @Inject
    RoomForm roomForm;

    private String id;
    private ChallengePageView view;

    public void load() {
        Long challengeId = Ids.parse(id);
        try {
            view = challengeId == null ? null : challenges.challengePage(currentMember.viewer(), challengeId);
        } catch (NotFound e) {
            view = null;
        }
        if (view == null) {
            Pages.notFound();
            return;
        }
        if (currentMember.isSignedIn()) {
            Map<Long, String> disclosures = new HashMap<>();
            view.answers().stream().filter(AnswerView::viewerMayEdit)
                    .forEach(a -> disclosures.put(a.id(), a.disclosure() == null ? "" : a.disclosure()));
            answerForm.start(challengeId, disclosures);
            if (view.viewerMayOpenRoom()) {
                roomForm.suggest(view);
            }
        }
    }

    /** The page shown; on a member's postback the challenge their view showed. */
    public ChallengePageView getView() {
        if (view == null) {
            Long challengeId = Ids.parse(id);
            if (challengeId == null && currentMember.isSignedIn()) {
                challengeId = answerForm.challengeId();
            }
            if (challengeId != null) {
                try {
                    view = challenges.challengePage(currentMember.viewer(), challengeId);
                } catch (NotFound e) {
                    return null;
                }
            }
        }
        return view;
    }

    private long challengeId() {
        return getView().challenge().id();
    }

    /** Runs an action, then shows the page again at {@code anchor} with its message (or the refusal). */
    private void act(Runnable action, String message, String anchor) {
        long challengeId = challengeId();
        try {
            action.run();
            if (message != null) {
                Pages.info(message);
            }
        } catch (Forbidden | NotFound e) {
            Pages.error(e.getMessage());
        } catch (InvalidInput e) {
            e.messages().values().forEach(Pages::error);
        }
        Pages.redirect("/challenges/challenge?id=" + challengeId + (anchor == null ? "" : "#" + anchor));
    }

    public void voteChallenge(int value) {
        act(() -> challenges.voteOnChallenge(currentMember.viewer(), challengeId(), value),
                value == 0 ? "Your vote is removed." : "Thanks for voting.", "challenge");
    }

    public void voteAnswer(long answerId, int position, int value) {
        act(() -> challenges.voteOnAnswer(currentMember.viewer(), answerId, value),
                value == 0 ? "Your vote is removed." : "Thanks for voting.", "post-" + position);
    }

    public void accept(long answerId, int position) {
        act(() -> challenges.acceptAnswer(currentMember.viewer(), answerId),
                "You accepted this answer: the challenge is solved.", "post-" + position);
    }

    public void withdrawAcceptance() {
        act(() -> challenges.withdrawAcceptance(currentMember.viewer(), challengeId()),
                "The acceptance is withdrawn: the challenge is no longer solved.", "answers");
    }

    public void helpful(long answerId, int position, boolean helpful) {
        act(() -> challenges.markHelpful(currentMember.viewer(), answerId, helpful),
                helpful ? "Marked helpful." : "Helpful mark removed.", "post-" + position);
    }

    public void deleteAnswer(long answerId) {
        act(() -> posts.deletePost(currentMember.viewer(), answerId), "The answer is deleted.", "answers");
    }

    /** Deletes the whole challenge (its opening post): the asker while it has no answers, or a moderator. */
    public void deleteChallenge() {
        try {
            posts.deletePost(currentMember.viewer(), getView().challenge().postId());
            Pages.info("The challenge is deleted.");
            Pages.redirect("/challenges");
        } catch (Forbidden | NotFound e) {
            Pages.error(e.getMessage());
            Pages.redirect("/challenges/challenge?id=" + challengeId());
        }
    }

    /** A moderator brings back the deleted challenge (its opening post) or a deleted answer. */
    public void restore(long postId, String anchor) {
        act(() -> moderation.restorePost(currentMember.viewer(), postId, null),
                anchor == null ? "The challenge is restored: it is listed again, with its tags."
                        : "The answer is restored.", anchor);
    }

    public void deleteComment(long commentId) {
        act(() -> challenges.deleteComment(currentMember.viewer(), commentId), "The comment is deleted.", null);
    }

    public void watch(boolean watch) {
        act(() -> challenges.watch(currentMember.viewer(), challengeId(), watch),
                watch ? "You are watching this challenge: new answers will appear in your notifications."
                        : "You no longer watch this challenge.", null);
    }

    public void acceptInvitation() {
        act(() -> experts.acceptInvitation(currentMember.viewer(), challengeId()),
                "Thank you: the asker sees that you will answer.", "your-answer");
    }

    public void declineInvitation() {
        act(() -> experts.declineInvitation(currentMember.viewer(), challengeId()),
                "Invitation declined: it passes to another expert.", null);
    }

    public void invite(long expertId) {
        act(() -> experts.invite(currentMember.viewer(), challengeId(), expertId),
                "The expert is invited.", "experts");
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
