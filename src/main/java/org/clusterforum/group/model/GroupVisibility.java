package org.clusterforum.group.model;

import org.clusterforum.platform.space.SpaceAudience;

/** Who sees a group and how one joins it. */
public enum GroupVisibility {
    /** Listed; anyone reads it; members join freely. */
    PUBLIC("Public", "Listed; anyone can read it; members join freely.", SpaceAudience.EVERYONE),
    /** Listed with name and description; content for members only; join by request or invitation. */
    PRIVATE("Private", "Listed with its name and description; only members read it; join by request or invitation.",
            SpaceAudience.MEMBERS),
    /** Not listed, not findable; invitation only. */
    HIDDEN("Hidden", "Not listed and not findable; only members know it exists; invitation only.",
            SpaceAudience.MEMBERS);

    private final String label;
    private final String explanation;
    private final SpaceAudience audience;

    GroupVisibility(String label, String explanation, SpaceAudience audience) {
        this.label = label;
        this.explanation = explanation;
        this.audience = audience;
    }

    public String label() {
        return label;
    }

    public String explanation() {
        return explanation;
    }

    SpaceAudience audience() {
        return audience;
    }
}
