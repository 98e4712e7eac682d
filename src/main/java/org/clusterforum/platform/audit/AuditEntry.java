package org.clusterforum.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * One line of the audit log: who did what, when, to which item, and why. Written once and never changed: no
 * column is updatable and nothing in the application deletes entries.
 */
@Entity
@Table(name = "AUDIT_ENTRY")
public class AuditEntry {

    public static final int MAX_REASON = 500;
    public static final int MAX_LABEL = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "OCCURRED_AT", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "ACTOR_ID", updatable = false)
    private Long actorId;

    @Column(name = "ACTOR_NAME", nullable = false, updatable = false, length = 80)
    private String actorName;

    @Enumerated(EnumType.STRING)
    @Column(name = "ACTION", nullable = false, updatable = false, length = 30)
    private AuditAction action;

    @Column(name = "TARGET_KIND", nullable = false, updatable = false, length = 20)
    private String targetKind;

    @Column(name = "TARGET_ID", updatable = false)
    private Long targetId;

    @Column(name = "TARGET_LABEL", nullable = false, updatable = false, length = MAX_LABEL)
    private String targetLabel;

    @Column(name = "TARGET_URL", updatable = false, length = 300)
    private String targetUrl;

    @Column(name = "REASON", updatable = false, length = MAX_REASON)
    private String reason;

    @Column(name = "SEARCH_KEY", nullable = false, updatable = false, length = 800)
    private String searchKey;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, Long actorId, String actorName, AuditAction action, AuditTarget target,
               String reason) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actorId = actorId;
        this.actorName = cut(actorName, 80);
        this.action = Objects.requireNonNull(action);
        this.targetKind = target.kind();
        this.targetId = target.id();
        this.targetLabel = cut(target.label(), MAX_LABEL);
        this.targetUrl = target.url() == null ? null : cut(target.url(), 300);
        this.reason = reason == null || reason.isBlank() ? null : cut(reason, MAX_REASON);
        this.searchKey = searchKeyOf(this.actorName, this.targetLabel, this.reason);
    }

    /** The lower-cased text the log page searches in. */
    static String searchKeyOf(String actorName, String targetLabel, String reason) {
        return cut((actorName + " " + targetLabel + " " + (reason == null ? "" : reason)).toLowerCase(Locale.ROOT), 800);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getTargetKind() {
        return targetKind;
    }

    public Long getTargetId() {
        return targetId;
    }

    public String getTargetLabel() {
        return targetLabel;
    }

    public String getTargetUrl() {
        return targetUrl;
    }

    public String getReason() {
        return reason;
    }
}
