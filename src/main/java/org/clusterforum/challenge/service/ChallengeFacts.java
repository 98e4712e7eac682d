package org.clusterforum.challenge.service;

import java.util.List;

/** What search needs to know of a challenge besides its text: whether it is solved, and its tags' addresses. */
public record ChallengeFacts(boolean solved, List<String> tagSlugs) {
}
