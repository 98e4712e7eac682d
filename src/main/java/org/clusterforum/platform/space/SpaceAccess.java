package org.clusterforum.platform.space;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.clusterforum.platform.security.Permission;
import org.clusterforum.platform.security.Viewer;

/**
 * The one access policy for content in spaces (themes, the challenge board, groups). Every service read and
 * write asks it, and every list, count, search, feed or API query filters by {@link #filterFor} in the database.
 *
 * <p>The rules:
 * <ul>
 *   <li>A space whose audience is {@link SpaceAudience#EVERYONE} (themes, the board, public groups) is read by
 *       everyone, visitors included. A members-only space (private and hidden groups) is read by its members
 *       and by moderators (each opening by a moderator who is not a member is reported as
 *       {@link PrivateSpaceOpened}, for the audit log).</li>
 *   <li>Taking part in a group (starting threads, replying, answering, voting, liking) needs membership;
 *       moderators may too. Group owners moderate their group's content.</li>
 *   <li>Everything else follows from a space: an item the viewer cannot see answers exactly like one that does
 *       not exist (404), and it is never named, counted, linked or notified to them.</li>
 * </ul>
 * <b>Rule for every later path</b> (search index, feeds, JSON API, email, counts): filter by
 * {@link #filterFor(Viewer)} in the query, or check {@link #canSee} for single items, before anything leaves the
 * service. Feeds and anything shown to anonymous visitors use {@link SpaceFilter#PUBLIC_ONLY}.
 */
@ApplicationScoped
public class SpaceAccess {

    @Inject
    SpaceRepository spaces;

    @Inject
    SpaceMembers members;

    @Inject
    Event<PrivateSpaceOpened> staffOpened;

    public boolean canSee(Viewer viewer, Space space) {
        if (space.isPublic()) {
            return viewer.can(Permission.READ_PUBLIC);
        }
        if (viewer.isAnonymous()) {
            return false;
        }
        return viewer.can(Permission.MODERATE) || membership(viewer, space).isPresent();
    }

    /**
     * {@link #canSee}, for opening an item's page (not for a list entry or a button): a moderator opening a
     * members-only space they do not belong to is reported for the audit log.
     */
    public boolean canOpen(Viewer viewer, Space space, String what) {
        if (!canSee(viewer, space)) {
            return false;
        }
        if (!space.isPublic() && membership(viewer, space).isEmpty()) {
            staffOpened.fire(new PrivateSpaceOpened(viewer.memberId(), viewer.displayName(), space.getId(),
                    space.getName(), space.address(), what, Instant.now()));
        }
        return true;
    }

    /** The viewer's membership of the space, if any (always empty for visitors and spaces without members). */
    public Optional<SpaceMember> membership(Viewer viewer, Space space) {
        if (viewer.isAnonymous() || !space.hasMembers()) {
            return Optional.empty();
        }
        return members.find(space.getId(), viewer.memberId());
    }

    /**
     * Whether the viewer may take part (post, answer, vote, like, comment): members of spaces that have members,
     * any signed-in member elsewhere; moderators everywhere they can see. Nobody takes part in an archived space.
     */
    public boolean canTakePart(Viewer viewer, Space space) {
        if (!canSee(viewer, space) || !viewer.can(Permission.REPLY) || space.isArchived()) {
            return false;
        }
        return !space.hasMembers() || viewer.can(Permission.MODERATE) || membership(viewer, space).isPresent();
    }

    public boolean canStartThread(Viewer viewer, Space space) {
        return canTakePart(viewer, space) && viewer.can(Permission.START_THREAD);
    }

    public boolean canReply(Viewer viewer, Space space, boolean threadLocked) {
        if (!canTakePart(viewer, space)) {
            return false;
        }
        return !threadLocked || canModerate(viewer, space);
    }

    /**
     * The spaces whose content this viewer moderates besides what the MODERATE permission gives: the groups they
     * own. (Moderators moderate every space; for them this is not the whole answer.)
     */
    public List<Long> ownedSpaceIds(Viewer viewer) {
        return viewer.isAnonymous() ? List.of() : members.ownedBy(viewer.memberId());
    }

    /** Moderators act on everything they can see; a group's owners on their group's content. */
    public boolean canModerate(Viewer viewer, Space space) {
        if (!canSee(viewer, space) || viewer.isAnonymous()) {
            return false;
        }
        return viewer.can(Permission.MODERATE)
                || membership(viewer, space).map(SpaceMember::isOwner).orElse(false);
    }

    /**
     * The groups the viewer moderates and that take new content (not archived), by name: every group for
     * moderators, their own groups for a group's owners, none for anyone else.
     */
    public List<Space> groupsModeratedBy(Viewer viewer) {
        if (viewer.isAnonymous()) {
            return List.of();
        }
        List<Space> candidates = viewer.can(Permission.MODERATE) ? spaces.activeByName()
                : spaces.spacesOfMember(viewer.memberId());
        return candidates.stream().filter(s -> s.hasMembers() && !s.isArchived() && canModerate(viewer, s)).toList();
    }

    /** Authors edit their own posts while they take part in the space; moderators any post. */
    public boolean canEditPost(Viewer viewer, Space space, long authorId) {
        if (!canSee(viewer, space) || viewer.isAnonymous()) {
            return false;
        }
        return (viewer.is(authorId) && canTakePart(viewer, space)) || canModerate(viewer, space);
    }

    /**
     * Authors delete their own posts, except the opening post of a thread that has replies (it would orphan the
     * discussion); moderators any post.
     */
    public boolean canDeletePost(Viewer viewer, Space space, long authorId, boolean openingPostWithReplies) {
        if (canModerate(viewer, space)) {
            return true;
        }
        return canEditPost(viewer, space, authorId) && !openingPostWithReplies;
    }

    /** Members like posts they can see, except their own. */
    public boolean canLike(Viewer viewer, Space space, long authorId) {
        return canTakePart(viewer, space) && !viewer.is(authorId);
    }

    /** The condition a list query applies so that it returns only what the viewer may see. */
    public SpaceFilter filterFor(Viewer viewer) {
        if (viewer.isAnonymous()) {
            return SpaceFilter.PUBLIC_ONLY;
        }
        return viewer.can(Permission.MODERATE) ? SpaceFilter.EVERYTHING : SpaceFilter.forMember(viewer.memberId());
    }

    /**
     * The ids of the spaces whose content the viewer may read, for queries outside the database (search); null
     * for moderators, who read everything.
     */
    public List<Long> visibleSpaceIds(Viewer viewer) {
        SpaceFilter filter = filterFor(viewer);
        return filter.everything() ? null : spaces.visibleIds(filter);
    }
}
