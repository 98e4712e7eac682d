package org.clusterforum.challenge.service;

import java.io.Serializable;
import java.util.List;

/** An expert's "challenges for me": their open invitations and unsolved challenges in their tags. */
public record ForMe(boolean expert, List<TagView> expertise, List<Invited> invited, List<ChallengeItem> inMyTags)
        implements Serializable {

    /** A challenge the expert is invited to, and whether they still have to reply to the invitation. */
    public record Invited(ChallengeItem challenge, String statusLabel, boolean pending) implements Serializable {
    }
}
