package org.clusterforum.group.model;

/** An invitation (an owner asks a member in) or a join request (a member asks to join). */
public enum EntryKind {
    INVITATION,
    REQUEST
}
