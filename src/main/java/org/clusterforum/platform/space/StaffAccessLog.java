package org.clusterforum.platform.space;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;

/**
 * Writes every opening of private content by staff to the server log, until the moderation feature's audit log
 * records {@link PrivateSpaceOpened} itself.
 */
@ApplicationScoped
public class StaffAccessLog {

    private static final Logger LOG = Logger.getLogger(StaffAccessLog.class.getName());

    void record(@Observes PrivateSpaceOpened opened) {
        LOG.info(() -> "Staff member " + opened.staffMemberId() + " opened " + opened.what() + " in members-only space "
                + opened.spaceId() + " (" + opened.spaceName() + ") at " + opened.at());
    }
}
