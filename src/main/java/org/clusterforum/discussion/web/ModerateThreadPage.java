package org.clusterforum.discussion.web;

import org.clusterforum.platform.time.ForumDays;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.clusterforum.discussion.service.DiscussionService;
import org.clusterforum.discussion.service.Place;
import org.clusterforum.discussion.service.ThreadModeration;
import org.clusterforum.discussion.service.ThreadView;
import org.clusterforum.platform.audit.AuditEntryView;
import org.clusterforum.platform.audit.AuditTrail;
import org.clusterforum.platform.security.CurrentMember;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.InvalidInput;
import org.clusterforum.platform.validation.NotFound;
import org.clusterforum.platform.web.Ids;
import org.clusterforum.platform.web.Pages;

/**
 * /threads/moderate?id=42: a thread's tools for moderators and the owners of its group: pin (until a day), lock,
 * move, delete and restore, each with a reason kept in the audit log, and the thread's recent staff actions.
 * What was typed survives a refusal.
 */
@Named
@ViewScoped
public class ModerateThreadPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DiscussionService discussions;

    @Inject
    ThreadModeration moderation;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentMember currentMember;

    private String id;
    private ThreadView thread;
    private List<Place> targets = List.of();
    private List<AuditEntryView> history = List.of();
    private String reason;
    private LocalDate pinUntil;
    private String target;
    private Integer slowMode;
    private String mergeTarget;

    public void load() {
        thread = moderatedDiscussion(discussions, currentMember, id);
        if (thread == null) {
            return;
        }
        targets = moderation.moveTargets(currentMember.viewer(), thread.id());
        history = currentMember.can("MODERATE") ? audit.about(currentMember.viewer(), "thread", thread.id(), 10)
                : List.of();
        if (slowMode == null) {
            slowMode = thread.slowModeSeconds();
        }
        if (pinUntil == null && thread.pinnedUntil() != null) {
            pinUntil = ForumDays.endingAt(thread.pinnedUntil());
        }
    }

    public void pin() {
        act(() -> moderation.pinThread(currentMember.viewer(), thread.id(), pinUntil, reason),
                pinUntil == null ? "Thread pinned." : "Thread pinned until the end of " + pinUntil + ".");
    }

    public void unpin() {
        act(() -> moderation.unpinThread(currentMember.viewer(), thread.id(), reason), "Thread unpinned.");
    }

    public void lock() {
        act(() -> moderation.lockThread(currentMember.viewer(), thread.id(), reason),
                "Thread locked: members can no longer reply.");
    }

    public void unlock() {
        act(() -> moderation.unlockThread(currentMember.viewer(), thread.id(), reason),
                "Thread unlocked: members can reply again.");
    }

    public void move() {
        act(() -> moderation.moveThread(currentMember.viewer(), thread.id(), target, reason), "Thread moved.");
    }

    public void slowDown() {
        int seconds = slowMode == null ? 0 : slowMode;
        act(() -> moderation.setSlowMode(currentMember.viewer(), thread.id(), seconds, reason),
                seconds == 0 ? "Slow mode is off." : "Slow mode is on: one post every "
                        + ThreadModeration.interval(seconds) + " per member.");
    }

    /** The intervals offered, labelled ("Off", "1 minute", "5 minutes"…). */
    public java.util.Map<String, Integer> getSlowModes() {
        java.util.Map<String, Integer> modes = new java.util.LinkedHashMap<>();
        ThreadModeration.SLOW_MODES.forEach(s -> modes.put(s == 0 ? "Off" : "One post every "
                + ThreadModeration.interval(s), s));
        return modes;
    }

    public Integer getSlowMode() {
        return slowMode;
    }

    public void setSlowMode(Integer slowMode) {
        this.slowMode = slowMode;
    }

    public void delete() {
        act(() -> moderation.deleteThread(currentMember.viewer(), thread.id(), reason),
                "Thread deleted. Members no longer see it; you can restore it here.");
    }

    public void restore() {
        act(() -> moderation.restoreThread(currentMember.viewer(), thread.id(), reason),
                "Thread restored: members see it again.");
    }

    /**
     * The discussion of a tools page's {@code id} parameter if the viewer moderates it; else answers 404 (as for a
     * thread that does not exist) and returns null.
     */
    static ThreadView moderatedDiscussion(DiscussionService discussions, CurrentMember currentMember, String id) {
        Long threadId = Ids.parse(id);
        ThreadView thread;
        try {
            thread = threadId == null ? null : discussions.thread(currentMember.viewer(), threadId);
        } catch (NotFound e) {
            thread = null;
        }
        if (thread == null || !thread.viewerMayModerate() || thread.challenge()) {
            Pages.notFound();
            return null;
        }
        return thread;
    }

    /** Merges this thread into the one given by number or address, then shows that one. */
    public void merge() {
        Long targetId = Ids.fromNumberOrAddress(mergeTarget);
        act(() -> {
            if (targetId == null && mergeTarget != null && !mergeTarget.isBlank()) {
                throw InvalidInput.of(ThreadModeration.MERGE_TARGET_FIELD, "“" + mergeTarget.strip()
                        + "” is not a thread number or address. Give a number such as 42 or paste the thread's"
                        + " address.");
            }
            moderation.mergeThread(currentMember.viewer(), thread.id(), targetId, reason);
        }, "Thread merged: its posts now follow this thread's posts.", "/threads/thread?id=" + targetId);
    }

    private void act(Runnable action, String done) {
        act(action, done, "/threads/thread?id=" + thread.id());
    }

    private void act(Runnable action, String done, String then) {
        act(() -> {
            action.run();
            return then;
        }, done, "tools");
    }

    /**
     * Runs a tool that answers the page to show next; says {@code done} there, or shows the refusal on this page
     * (next to the fields of {@code formId}), where what was typed stays.
     */
    static void act(java.util.function.Supplier<String> action, String done, String formId) {
        try {
            String then = action.get();
            Pages.info(done);
            Pages.redirect(then);
        } catch (InvalidInput problems) {
            Pages.show(problems, formId);
        } catch (Forbidden e) {
            Pages.error(e.getMessage());
        } catch (NotFound e) {
            Pages.error("This thread no longer exists.");
        }
    }

    public ThreadView getThread() {
        return thread;
    }

    public List<Place> getTargets() {
        return targets;
    }

    public List<AuditEntryView> getHistory() {
        return history;
    }

    public LocalDate getToday() {
        return ForumDays.today();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getPinUntil() {
        return pinUntil;
    }

    public void setPinUntil(LocalDate pinUntil) {
        this.pinUntil = pinUntil;
    }

    public String getMergeTarget() {
        return mergeTarget;
    }

    public void setMergeTarget(String mergeTarget) {
        this.mergeTarget = mergeTarget;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }
}
