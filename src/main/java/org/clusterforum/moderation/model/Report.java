package org.clusterforum.moderation.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One member's report of a queue entry's item; they are told the outcome once it is handled. */
@Entity
@Table(name = "REPORT")
public class Report {

    public static final int MAX_DETAIL = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "REVIEW_ITEM_ID", nullable = false, updatable = false)
    private long reviewItemId;

    @Column(name = "REPORTER_ID", nullable = false, updatable = false)
    private long reporterId;

    @Enumerated(EnumType.STRING)
    @Column(name = "REASON", nullable = false, updatable = false, length = 12)
    private ReportReason reason;

    @Column(name = "DETAIL", updatable = false, length = MAX_DETAIL)
    private String detail;

    @Column(name = "HANDLED_AT")
    private Instant handledAt;

    @Column(name = "SEEN_AT")
    private Instant seenAt;

    protected Report() {
    }

    public Report(long reviewItemId, long reporterId, ReportReason reason, String detail, Instant at) {
        this.reviewItemId = reviewItemId;
        this.reporterId = reporterId;
        this.reason = Objects.requireNonNull(reason);
        this.detail = detail;
        this.createdAt = at;
    }

    public void seen(Instant at) {
        if (seenAt == null) {
            seenAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getReviewItemId() {
        return reviewItemId;
    }

    public long getReporterId() {
        return reporterId;
    }

    public ReportReason getReason() {
        return reason;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getHandledAt() {
        return handledAt;
    }
}
