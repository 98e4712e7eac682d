package org.clusterforum.platform.mail;

/** A message was written to the outbox; observed after the transaction commits, to send it at once. */
record MailQueued() {
}
