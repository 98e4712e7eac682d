package org.clusterforum.account.service;

/** A member offered while typing an @mention: what to insert and whom it names. */
public record MentionSuggestion(String handle, String displayName) {
}
