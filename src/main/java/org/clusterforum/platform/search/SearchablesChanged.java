package org.clusterforum.platform.search;

import java.util.Set;

/** After a commit: the threads and the member profiles whose searchable content changed (once per transaction). */
public record SearchablesChanged(Set<Long> threadIds, Set<Long> memberIds) {

    public SearchablesChanged {
        threadIds = Set.copyOf(threadIds);
        memberIds = Set.copyOf(memberIds);
    }
}
