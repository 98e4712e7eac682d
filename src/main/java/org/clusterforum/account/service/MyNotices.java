package org.clusterforum.account.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** What the moderators have told the signed-in member: unread warnings, and a silence in force with its reason. */
public record MyNotices(List<SanctionView> warnings, Instant silencedUntil, String silenceReason)
        implements Serializable {

    public static final MyNotices NONE = new MyNotices(List.of(), null, null);

    public boolean isEmpty() {
        return warnings.isEmpty() && silencedUntil == null;
    }
}
