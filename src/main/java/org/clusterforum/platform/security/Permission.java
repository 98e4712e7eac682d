package org.clusterforum.platform.security;

/** What someone may do. Views ask {@code #{currentMember.can('START_THREAD')}}; services ask {@link Viewer#can}. */
public enum Permission {
    /** Read public themes and threads: everyone, signed in or not. */
    READ_PUBLIC,
    /** Start threads and reply in themes. */
    START_THREAD,
    REPLY,
    /** Answer challenges as a declared expert (challenges issue). */
    ANSWER_AS_EXPERT,
    /** Pin, lock, move, hide and restore content; handle reports. */
    MODERATE,
    /** Manage themes, roles and site settings. */
    ADMINISTER
}
