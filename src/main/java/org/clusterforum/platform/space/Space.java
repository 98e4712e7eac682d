package org.clusterforum.platform.space;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.clusterforum.platform.cache.ContentListener;
import org.clusterforum.platform.persistence.BaseEntity;
import org.eclipse.persistence.annotations.Customizer;

/**
 * Where content lives: every thread and challenge belongs to exactly one space — a public theme, the challenge
 * board or a group. Who may see an item follows from its space ({@link SpaceAccess}). Counters are kept here so
 * lists never count rows per render.
 */
@Entity
@EntityListeners(ContentListener.class)
@Table(name = "FORUM_SPACE")
@Inheritance(strategy = InheritanceType.JOINED)
@DiscriminatorColumn(name = "KIND", length = 10)
@Customizer(SpaceReading.class)
public abstract class Space extends BaseEntity {

    public static final int MAX_NAME = 80;
    public static final int MAX_DESCRIPTION = 500;

    @Column(name = "NAME", nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "SLUG", nullable = false, length = MAX_NAME, unique = true)
    private String slug;

    @Column(name = "DESCRIPTION", nullable = false, length = MAX_DESCRIPTION)
    private String description;

    @Column(name = "THREAD_COUNT", nullable = false)
    private int threadCount;

    @Column(name = "POST_COUNT", nullable = false)
    private int postCount;

    @Column(name = "LAST_ACTIVITY_AT")
    private Instant lastActivityAt;

    @Column(name = "LAST_THREAD_ID")
    private Long lastThreadId;

    @Enumerated(EnumType.STRING)
    @Column(name = "AUDIENCE", nullable = false, length = 10)
    private SpaceAudience audience = SpaceAudience.EVERYONE;

    /** Read-only: readable as before, but nobody posts, answers, votes or likes in it any more. */
    @Column(name = "ARCHIVED", nullable = false)
    private boolean archived;

    protected Space() {
    }

    protected Space(String name, String slug, String description) {
        this.name = Objects.requireNonNull(name);
        this.slug = Objects.requireNonNull(slug);
        this.description = description == null ? "" : description;
    }

    /** Whether anyone, including anonymous visitors, may read this space (otherwise only its members). */
    public boolean isPublic() {
        return audience == SpaceAudience.EVERYONE;
    }

    /** Whether taking part (posting, answering, voting) needs membership: true for groups. */
    public boolean hasMembers() {
        return false;
    }

    /** The address of the space's own page, for links to it ("/themes/theme?slug=…"). */
    public abstract String address();

    /** Renames the space and changes its description (groups; the slug, its address, stays). */
    protected void describe(String newName, String newDescription) {
        this.name = Objects.requireNonNull(newName);
        this.description = newDescription == null ? "" : newDescription;
    }

    public boolean isArchived() {
        return archived;
    }

    /** Archives the space (true) or brings it back (false). */
    public void archive(boolean archived) {
        this.archived = archived;
    }

    protected void setAudience(SpaceAudience audience) {
        this.audience = Objects.requireNonNull(audience);
    }

    public SpaceAudience getAudience() {
        return audience;
    }

    public String getName() {
        return name;
    }

    public String getSlug() {
        return slug;
    }

    public String getDescription() {
        return description;
    }

    public int getThreadCount() {
        return threadCount;
    }

    public int getPostCount() {
        return postCount;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public Long getLastThreadId() {
        return lastThreadId;
    }
}
