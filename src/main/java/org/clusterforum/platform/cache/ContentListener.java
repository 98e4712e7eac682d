package org.clusterforum.platform.cache;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * JPA listener on every entity whose rows appear on public pages (posts, threads, spaces, likes, attachments,
 * members, organisations): any write announces {@link ContentChanged}, so no feature has to remember to.
 */
public class ContentListener {

    @Inject
    Event<ContentChanged> changed;

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object entity) {
        changed.fire(new ContentChanged(entity.getClass().getSimpleName()));
    }
}
