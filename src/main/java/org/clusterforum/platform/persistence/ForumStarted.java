package org.clusterforum.platform.persistence;

/**
 * Fired once at start-up after the schema is migrated: the moment features may seed or check data
 * (first administrator, demo content). Observers order themselves with {@code @Priority}.
 */
public record ForumStarted(boolean newDatabase) {
}
