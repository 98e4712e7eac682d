package org.clusterforum.moderation.web;

import org.clusterforum.platform.time.ForumDays;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clusterforum.discussion.service.Place;
import org.clusterforum.moderation.model.ReviewTarget;
import org.clusterforum.moderation.service.ReviewEntry;
import org.clusterforum.moderation.service.ReviewService;
import org.clusterforum.platform.persistence.Page;
import org.clusterforum.platform.persistence.PageRequest;
import org.clusterforum.platform.security.CurrentMember;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.InvalidInput;
import org.clusterforum.platform.validation.NotFound;
import org.clusterforum.platform.web.Ids;
import org.clusterforum.platform.web.Pages;

/**
 * /moderation/queue?kind=POST&amp;place=regulation&amp;page=2: the review queue. Each entry shows the reported post
 * or member and every report on it, with a note and the decisions: dismiss, hide the post, warn or suspend the
 * author. Moderators see every entry, a group's owners their group's posts; anyone else gets "page not found".
 */
@Named
@ViewScoped
public class ReviewQueuePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReviewService reviews;

    @Inject
    CurrentMember currentMember;

    private String kind;
    private String place;
    private String page;
    private Page<ReviewEntry> entries;
    private List<Place> places = List.of();
    private final Map<Long, String> notes = new HashMap<>();
    private final Map<Long, LocalDate> untils = new HashMap<>();

    public void load() {
        try {
            entries = reviews.queue(currentMember.viewer(), chosenKind(), place,
                    PageRequest.of(Ids.parse(page), ReviewService.ENTRIES_PER_PAGE));
            places = reviews.placesWithReports(currentMember.viewer());
        } catch (Forbidden e) {
            Pages.notFound();
        }
    }

    private ReviewTarget chosenKind() {
        return "POST".equals(kind) ? ReviewTarget.POST : "MEMBER".equals(kind) ? ReviewTarget.MEMBER
                : "APPROVAL".equals(kind) ? ReviewTarget.APPROVAL : "COMMENT".equals(kind) ? ReviewTarget.COMMENT : null;
    }

    public void dismiss(long entryId) {
        act(entryId, () -> reviews.dismiss(currentMember.viewer(), entryId, notes.get(entryId)),
                "Report dismissed; the reporters are told.");
    }

    public void hide(long entryId) {
        act(entryId, () -> reviews.hidePost(currentMember.viewer(), entryId, notes.get(entryId)),
                "Post hidden; its author sees your reason and the reporters are told.");
    }

    /** Deletes a reported comment (the same decision as hiding a post). */
    public void deleteComment(long entryId) {
        act(entryId, () -> reviews.hidePost(currentMember.viewer(), entryId, notes.get(entryId)),
                "Comment deleted; the reporters are told.");
    }

    public void approve(long entryId) {
        act(entryId, () -> reviews.approve(currentMember.viewer(), entryId),
                "Post approved: everyone who may read the thread sees it now.");
    }

    public void reject(long entryId) {
        act(entryId, () -> reviews.reject(currentMember.viewer(), entryId, notes.get(entryId)),
                "Post rejected; its author sees your note.");
    }

    public void warn(long entryId) {
        act(entryId, () -> reviews.warnAuthor(currentMember.viewer(), entryId, notes.get(entryId)),
                "Warning sent; the reporters are told.");
    }

    public void suspend(long entryId) {
        act(entryId, () -> reviews.suspendAuthor(currentMember.viewer(), entryId, notes.get(entryId),
                untils.get(entryId)), "Member suspended and signed out; the reporters are told.");
    }

    private void act(long entryId, Runnable action, String done) {
        try {
            action.run();
            notes.remove(entryId);
            untils.remove(entryId);
            Pages.info(done);
            Pages.redirect("/moderation/queue" + getFilterQuery());
        } catch (InvalidInput problems) {
            Pages.show(rekeyed(problems, entryId), "queue");
        } catch (Forbidden | NotFound e) {
            Pages.error(e.getMessage());
        }
    }

    /** Field messages belong to this entry's inputs (the repeat's client ids carry the row). */
    private InvalidInput rekeyed(InvalidInput problems, long entryId) {
        Map<String, String> messages = new java.util.LinkedHashMap<>();
        int row = entries.items().stream().map(ReviewEntry::id).toList().indexOf(entryId);
        problems.messages().forEach((field, message) -> messages.put(
                field.isEmpty() || row < 0 ? InvalidInput.GLOBAL : "entries:" + row + ":" + field, message));
        return new InvalidInput(messages);
    }

    public String getFilterQuery() {
        StringBuilder query = new StringBuilder();
        if (chosenKind() != null) {
            query.append(query.isEmpty() ? "?" : "&").append("kind=").append(kind);
        }
        if (place != null && !place.isBlank()) {
            query.append(query.isEmpty() ? "?" : "&").append("place=")
                    .append(java.net.URLEncoder.encode(place, java.nio.charset.StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    public boolean isFiltered() {
        return chosenKind() != null || (place != null && !place.isBlank());
    }

    public LocalDate getToday() {
        return ForumDays.today();
    }

    public Page<ReviewEntry> getEntries() {
        return entries;
    }

    public List<Place> getPlaces() {
        return places;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    public Map<Long, LocalDate> getUntils() {
        return untils;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
