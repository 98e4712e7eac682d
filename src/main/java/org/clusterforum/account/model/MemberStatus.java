package org.clusterforum.account.model;

/** Whether a member may sign in. Suspension details (until, reason) arrive with the moderation feature. */
public enum MemberStatus {
    ACTIVE,
    SUSPENDED
}
