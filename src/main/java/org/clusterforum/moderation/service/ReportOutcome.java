package org.clusterforum.moderation.service;

import java.io.Serializable;
import java.time.Instant;

/** What a reporter is told once their report is handled. */
public record ReportOutcome(long reportId, String what, String outcome, Instant handledAt) implements Serializable {
}
