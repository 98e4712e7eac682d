package org.clusterforum.account.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A member's standing for moderators: what restrains them now (suspension, silence, with the reason) and the
 * history of sanctions; and whether the viewer may sanction them (not themselves; staff only by administrators).
 */
public record MemberStanding(long memberId, String displayName, boolean suspended, Instant suspendedUntil,
                             boolean silenced, Instant silencedUntil, String reason, List<SanctionView> history,
                             boolean viewerMaySanction) implements Serializable {

    public boolean restrained() {
        return suspended || silenced;
    }
}
