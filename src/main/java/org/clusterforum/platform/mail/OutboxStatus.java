package org.clusterforum.platform.mail;

/** The outbox at a glance, for administrators: messages waiting, messages given up, the latest error. */
public record OutboxStatus(long waiting, long gaveUp, String lastError) {
}
