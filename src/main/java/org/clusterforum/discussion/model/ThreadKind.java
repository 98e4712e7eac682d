package org.clusterforum.discussion.model;

/**
 * What a thread is: a discussion (replies in order) or a challenge (the opening post is a business challenge and
 * the replies are answers, shown by the challenges feature on its own page).
 */
public enum ThreadKind {
    DISCUSSION,
    CHALLENGE
}
