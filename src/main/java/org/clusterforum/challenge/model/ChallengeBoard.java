package org.clusterforum.challenge.model;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.clusterforum.platform.space.Space;

/** The public space where the cluster's challenges are posted (groups hold their own challenges later). */
@Entity
@Table(name = "CHALLENGE_BOARD")
@DiscriminatorValue("BOARD")
public class ChallengeBoard extends Space {

    public static final String SLUG = "challenges";

    protected ChallengeBoard() {
    }

    public ChallengeBoard(String name, String description) {
        super(name, SLUG, description);
    }

    @Override
    public String address() {
        return "/challenges";
    }
}
