package org.clusterforum.discussion.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.clusterforum.discussion.service.DiscussionService;
import org.clusterforum.discussion.service.Place;
import org.clusterforum.discussion.service.SplitCandidate;
import org.clusterforum.discussion.service.ThreadModeration;
import org.clusterforum.discussion.service.ThreadView;
import org.clusterforum.platform.security.CurrentMember;

/**
 * /threads/split?id=42: a moderator ticks the replies to move into a new thread, names it and chooses where it
 * goes (this place by default). What was chosen and typed survives a refusal.
 */
@Named
@ViewScoped
public class SplitThreadPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DiscussionService discussions;

    @Inject
    ThreadModeration moderation;

    @Inject
    CurrentMember currentMember;

    private String id;
    private ThreadView thread;
    private List<SplitCandidate> candidates = List.of();
    private List<Place> targets = List.of();
    private List<Long> chosen = new ArrayList<>();
    private String title;
    private String target;
    private String reason;

    public void load() {
        thread = ModerateThreadPage.moderatedDiscussion(discussions, currentMember, id);
        if (thread == null) {
            return;
        }
        candidates = moderation.splitCandidates(currentMember.viewer(), thread.id());
        targets = moderation.moveTargets(currentMember.viewer(), thread.id());
    }

    public void split() {
        ModerateThreadPage.act(() -> "/threads/thread?id=" + moderation.splitThread(currentMember.viewer(),
                        thread.id(), chosen, title, target, reason),
                "New thread started with " + chosen.size() + (chosen.size() == 1 ? " post" : " posts")
                        + " split off from “" + thread.title() + "”.", "split");
    }

    public ThreadView getThread() {
        return thread;
    }

    public List<SplitCandidate> getCandidates() {
        return candidates;
    }

    public List<Place> getTargets() {
        return targets;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public List<Long> getChosen() {
        return chosen;
    }

    public void setChosen(List<Long> chosen) {
        this.chosen = chosen == null ? new ArrayList<>() : new ArrayList<>(chosen);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
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
