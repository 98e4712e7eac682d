package org.clusterforum.platform.audit;

import java.io.Serializable;
import java.time.Instant;

/** One line of the audit log as the log page shows it. */
public record AuditEntryView(long id, Instant at, Long actorId, String actorName, AuditAction action,
                             String targetKind, String targetLabel, String targetUrl, String reason)
        implements Serializable {

    static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(e.getId(), e.getOccurredAt(), e.getActorId(), e.getActorName(), e.getAction(),
                e.getTargetKind(), e.getTargetLabel(), e.getTargetUrl(), e.getReason());
    }

    public String actionLabel() {
        return action.label();
    }
}
