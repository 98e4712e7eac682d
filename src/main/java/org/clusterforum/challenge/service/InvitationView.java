package org.clusterforum.challenge.service;

import java.io.Serializable;

/** An expert invited to a challenge, as the asker (and moderators) see it. */
public record InvitationView(long expertId, String expertName, String statusLabel, boolean matched)
        implements Serializable {
}
