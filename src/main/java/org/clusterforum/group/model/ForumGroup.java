package org.clusterforum.group.model;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.Objects;
import org.clusterforum.platform.space.Space;

/**
 * A member group: a space with members. Public groups are read by everyone; private and hidden ones by their
 * members only (the space's audience follows the visibility). Its threads and challenges point at it like
 * threads point at a theme.
 */
@Entity
@Table(name = "FORUM_GROUP")
@DiscriminatorValue("GROUP")
public class ForumGroup extends Space {

    @Enumerated(EnumType.STRING)
    @Column(name = "VISIBILITY", nullable = false, length = 10)
    private GroupVisibility visibility;

    /** The folded name, unique among listed groups; null for a hidden group (its name must not be guessable). */
    @Column(name = "NAME_KEY", length = MAX_NAME)
    private String nameKey;

    @Column(name = "MEMBER_COUNT", nullable = false)
    private int memberCount;

    @Column(name = "ORIGIN_THREAD_ID")
    private Long originThreadId;

    protected ForumGroup() {
    }

    public ForumGroup(String name, String slug, String description, GroupVisibility visibility, Long originThreadId) {
        super(name, slug, description);
        this.originThreadId = originThreadId;
        setVisibility(visibility);
    }

    /** A name folded for comparison: "NHS  Procurement" and "nhs procurement" are the same name. */
    public static String nameKey(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean hasMembers() {
        return true;
    }

    @Override
    public String address() {
        return "/groups/group?slug=" + getSlug();
    }

    public void change(String name, String description, GroupVisibility newVisibility) {
        describe(name, description);
        setVisibility(newVisibility);
    }

    private void setVisibility(GroupVisibility newVisibility) {
        this.visibility = Objects.requireNonNull(newVisibility);
        this.nameKey = newVisibility == GroupVisibility.HIDDEN ? null : nameKey(getName());
        setAudience(newVisibility.audience());
    }

    public GroupVisibility getVisibility() {
        return visibility;
    }

    public int getMemberCount() {
        return memberCount;
    }

    public void countMembers(int delta) {
        this.memberCount = Math.max(0, memberCount + delta);
    }

    public Long getOriginThreadId() {
        return originThreadId;
    }
}
