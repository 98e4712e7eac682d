package org.clusterforum.discussion.service;

import org.clusterforum.platform.validation.NotFound;

/**
 * The thread asked for was merged into another: its posts live there now. A page may lead on to {@link #target()};
 * anything else treats it as gone (it is a {@link NotFound}).
 */
public class ThreadMerged extends NotFound {

    private final long target;

    public ThreadMerged(long target) {
        super("Thread");
        this.target = target;
    }

    /** The thread it was merged into. */
    public long target() {
        return target;
    }
}
