package org.clusterforum.moderation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.clusterforum.moderation.service.ReviewService;
import org.clusterforum.platform.security.CurrentMember;

/** The header's "Review queue (3)" for moderators: one count on an index, only for them. */
@Named
@RequestScoped
public class QueueCount {

    @Inject
    ReviewService reviews;

    @Inject
    CurrentMember currentMember;

    private String waiting;

    /** " (3)" when entries wait, else empty. */
    public String getWaiting() {
        if (waiting == null) {
            long n = reviews.waitingCount(currentMember.viewer());
            waiting = n == 0 ? "" : " (" + n + ")";
        }
        return waiting;
    }
}
