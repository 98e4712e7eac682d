package org.clusterforum.moderation.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.clusterforum.platform.persistence.BaseEntity;

/**
 * One entry of the review queue: a reported post or member, with every report on it gathered. Life cycle:
 * opened by the first report → more reports add to it → resolved once by a moderator (or the group's owner), which
 * frees its open key so a later report opens a new entry.
 */
@Entity
@Table(name = "REVIEW_ITEM")
public class ReviewItem extends BaseEntity {

    public static final int MAX_NOTE = 500;

    @Enumerated(EnumType.STRING)
    @Column(name = "TARGET_KIND", nullable = false, updatable = false, length = 10)
    private ReviewTarget targetKind;

    @Column(name = "TARGET_ID", nullable = false, updatable = false)
    private long targetId;

    @Column(name = "SPACE_ID", updatable = false)
    private Long spaceId;

    @Column(name = "STATE", nullable = false, length = 10)
    private String state = "OPEN";

    @Column(name = "REPORT_COUNT", nullable = false)
    private int reportCount;

    @Column(name = "LAST_REPORTED_AT", nullable = false)
    private Instant lastReportedAt;

    @Column(name = "OPEN_KEY", length = 40)
    private String openKey;

    @Column(name = "RESOLVED_AT")
    private Instant resolvedAt;

    @Column(name = "RESOLVED_BY_ID")
    private Long resolvedById;

    @Enumerated(EnumType.STRING)
    @Column(name = "RESOLUTION", length = 12)
    private Resolution resolution;

    @Column(name = "RESOLUTION_NOTE", length = MAX_NOTE)
    private String resolutionNote;

    /** Why the forum itself opened or joined the entry (a watched word); null for members' reports only. */
    @Column(name = "FLAG_NOTE", length = 300)
    private String flagNote;

    protected ReviewItem() {
    }

    public ReviewItem(ReviewTarget targetKind, long targetId, Long spaceId, Instant at) {
        this.targetKind = Objects.requireNonNull(targetKind);
        this.targetId = targetId;
        this.spaceId = spaceId;
        this.lastReportedAt = at;
        this.openKey = openKey(targetKind, targetId);
    }

    public static String openKey(ReviewTarget kind, long id) {
        return kind.name() + ":" + id;
    }

    /** A waiting post's entry: opened by the forum itself, with no report. */
    public static ReviewItem awaiting(long postId, long spaceId, Instant at) {
        return new ReviewItem(ReviewTarget.APPROVAL, postId, spaceId, at);
    }

    /** The forum flags the item (a watched word): the note says why; a later flag keeps the first note. */
    public ReviewItem flagged(String note, Instant at) {
        if (note != null && flagNote == null) {
            this.flagNote = note.length() > 300 ? note.substring(0, 299) + "…" : note;
            this.lastReportedAt = at;
        }
        return this;
    }

    public String getFlagNote() {
        return flagNote;
    }

    public void reported(Instant at) {
        reportCount++;
        lastReportedAt = at;
    }

    public void resolve(Resolution how, String note, long by, Instant at) {
        this.state = "RESOLVED";
        this.openKey = null;
        this.resolution = Objects.requireNonNull(how);
        this.resolutionNote = note;
        this.resolvedById = by;
        this.resolvedAt = at;
    }

    public boolean isOpen() {
        return "OPEN".equals(state);
    }

    public ReviewTarget getTargetKind() {
        return targetKind;
    }

    public long getTargetId() {
        return targetId;
    }

    public Long getSpaceId() {
        return spaceId;
    }

    public int getReportCount() {
        return reportCount;
    }

    public Instant getLastReportedAt() {
        return lastReportedAt;
    }

    public Resolution getResolution() {
        return resolution;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }
}
