package org.clusterforum.challenge.service;

import java.io.Serializable;
import java.time.Instant;

/** A pending request for the expert role, as administrators see it. */
public record ExpertRequestView(long id, long memberId, String memberName, String motivation, Instant requestedAt)
        implements Serializable {
}
