package org.clusterforum.platform.search;

import java.util.Set;

/** After a commit: the threads whose searchable content changed (fired once per transaction). */
public record SearchablesChanged(Set<Long> threadIds) {
}
