package org.clusterforum.challenge.model;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.clusterforum.platform.persistence.BaseEntity;

/**
 * A row that adds challenge facts to a discussion row and shares its id (a challenge to its thread, an answer to
 * its post): the id is assigned, not generated; version and timestamps as on every entity.
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

    protected ThreadExtension() {
    }

    protected ThreadExtension(long id, Instant createdAt) {
        this.id = id;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = createdAt;
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
