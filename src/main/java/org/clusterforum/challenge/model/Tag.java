package org.clusterforum.challenge.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Objects;
import org.clusterforum.platform.cache.ContentListener;
import org.clusterforum.platform.persistence.BaseEntity;

/**
 * A tag of the expertise taxonomy (e.g. {@code regulation-ukca}): challenges carry 1–5 of them and experts declare
 * theirs. Members propose new tags; only approved ones can be used.
 */
@Entity
@EntityListeners(ContentListener.class)
@Table(name = "TAG")
public class Tag extends BaseEntity {

    public static final int MAX_SLUG = 40;
    public static final int MAX_NAME = 60;
    public static final int MAX_DESCRIPTION = 300;

    @Column(name = "SLUG", nullable = false, length = MAX_SLUG, unique = true)
    private String slug;

    @Column(name = "NAME", nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "DESCRIPTION", nullable = false, length = MAX_DESCRIPTION)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 10)
    private TagStatus status;

    @Column(name = "PROPOSED_BY_ID")
    private Long proposedById;

    /** Kept by single-statement updates (TagRepository), so it never bumps the version. */
    @Column(name = "CHALLENGE_COUNT", nullable = false, insertable = false, updatable = false)
    private int challengeCount;

    protected Tag() {
    }

    public Tag(String slug, String name, String description, TagStatus status, Long proposedById) {
        this.slug = Objects.requireNonNull(slug);
        this.name = Objects.requireNonNull(name);
        this.description = Objects.requireNonNull(description);
        this.status = Objects.requireNonNull(status);
        this.proposedById = proposedById;
    }

    public void approve() {
        status = TagStatus.APPROVED;
    }

    public void reject() {
        status = TagStatus.REJECTED;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public TagStatus getStatus() {
        return status;
    }

    public boolean isApproved() {
        return status == TagStatus.APPROVED;
    }

    public int getChallengeCount() {
        return challengeCount;
    }
}
