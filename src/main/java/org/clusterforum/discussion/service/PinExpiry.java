package org.clusterforum.discussion.service;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clusterforum.platform.cache.ContentVersion;
import org.clusterforum.platform.persistence.ForumStarted;

/** Ends "pinned until" pins when their day is over: once a minute, one indexed statement. */
@Singleton
public class PinExpiry {

    private static final Logger LOG = Logger.getLogger(PinExpiry.class.getName());

    @Inject
    ThreadModeration moderation;

    @Inject
    ContentVersion content;

    /** Set once the database is migrated: a tick during start-up waits for the next minute. */
    private volatile boolean started;

    public void onStart(@Observes ForumStarted event) {
        started = true;
    }

    @Schedule(second = "0", minute = "*", hour = "*", persistent = false)
    void endExpiredPins() {
        if (!started) {
            return;
        }
        try {
            if (moderation.endExpiredPins() > 0) {
                content.changed();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Expired pins not ended this minute; trying again in the next", e);
        }
    }
}
