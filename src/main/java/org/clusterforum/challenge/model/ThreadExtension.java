package org.clusterforum.challenge.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.clusterforum.platform.persistence.BaseEntity;

/**
 * A row that adds challenge facts to a discussion row and shares its id (a challenge to its thread, an answer to
 * its post): the id is assigned, not generated; version and timestamps as on every entity; and the votes both
 * carry.
 */
@MappedSuperclass
public abstract class ThreadExtension {

    @Id
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Embedded
    private VoteTally votes = new VoteTally();

    protected ThreadExtension() {
    }

    protected ThreadExtension(long id, Instant createdAt) {
        this.id = id;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = createdAt;
    }

    /** Applies a change of one member's vote: {@code from} and {@code to} are -1, 0 (none) or +1. */
    public void revote(int from, int to) {
        votes.revote(from, to);
        touch();
    }

    public int getUpVotes() {
        return votes.getUpVotes();
    }

    public int getDownVotes() {
        return votes.getDownVotes();
    }

    public int getScore() {
        return votes.getScore();
    }

    protected void touch() {
        updatedAt = BaseEntity.now();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && id != null
                && id.equals(((ThreadExtension) other).id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
