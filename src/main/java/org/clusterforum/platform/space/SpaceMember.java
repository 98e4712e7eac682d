package org.clusterforum.platform.space;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A member's membership of a space (a group). Keyed by (space, member), so the access policy finds it by primary
 * key and a transaction that has read it once does not read it again.
 */
@Entity
@Table(name = "SPACE_MEMBER")
@IdClass(SpaceMember.Key.class)
public class SpaceMember {

    @Id
    @Column(name = "SPACE_ID")
    private Long spaceId;

    @Id
    @Column(name = "MEMBER_ID")
    private Long memberId;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "ROLE", nullable = false, length = 10)
    private SpaceRole role;

    @Column(name = "JOINED_AT", nullable = false)
    private Instant joinedAt;

    protected SpaceMember() {
    }

    public SpaceMember(long spaceId, long memberId, SpaceRole role, Instant joinedAt) {
        this.spaceId = spaceId;
        this.memberId = memberId;
        this.role = Objects.requireNonNull(role);
        this.joinedAt = Objects.requireNonNull(joinedAt);
    }

    public Long getSpaceId() {
        return spaceId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public SpaceRole getRole() {
        return role;
    }

    public void changeRole(SpaceRole newRole) {
        this.role = Objects.requireNonNull(newRole);
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }

    public boolean isOwner() {
        return role == SpaceRole.OWNER;
    }

    /** The primary key: a space and a member. */
    public static class Key implements Serializable {
        private Long spaceId;
        private Long memberId;

        public Key() {
        }

        public Key(long spaceId, long memberId) {
            this.spaceId = spaceId;
            this.memberId = memberId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(spaceId, k.spaceId) && Objects.equals(memberId, k.memberId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(spaceId, memberId);
        }
    }
}
