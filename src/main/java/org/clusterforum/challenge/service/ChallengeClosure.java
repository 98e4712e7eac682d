package org.clusterforum.challenge.service;

import java.io.Serializable;

/** Why a closed challenge is closed, as its page says it; a duplicate links the original. */
public record ChallengeClosure(String reason, String note, Long duplicateOfId, String duplicateOfTitle)
        implements Serializable {
}
