package org.clusterforum.platform.search;

import jakarta.inject.Inject;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * JPA listener on every {@link Searchable} and {@link SearchableMember} entity: any write marks its thread (or
 * member profile) for re-indexing after commit, so no
 * feature has to remember to tell search.
 */
public class SearchListener {

    @Inject
    SearchChanges changes;

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object entity) {
        if (entity instanceof Searchable searchable) {
            changes.changed(searchable.searchThreadId());
        }
        if (entity instanceof SearchableMember member) {
            changes.memberChanged(member.searchMemberId());
        }
    }
}
