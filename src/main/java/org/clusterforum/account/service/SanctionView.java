package org.clusterforum.account.service;

import java.io.Serializable;
import java.time.Instant;
import org.clusterforum.account.model.SanctionKind;

/** One sanction of a member's history, as moderators (and, for their own warnings, the member) read it. */
public record SanctionView(long id, SanctionKind kind, Instant givenAt, String givenBy, Instant until, String reason,
                           Instant liftedAt, Instant acknowledgedAt, boolean inForce) implements Serializable {

    public String kindLabel() {
        return kind.label();
    }
}
