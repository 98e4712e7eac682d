package org.clusterforum.platform.space;

import jakarta.enterprise.context.ApplicationScoped;
import org.clusterforum.platform.security.Permission;
import org.clusterforum.platform.security.Viewer;

/**
 * The one access policy for content in spaces. Every service read and write asks it; list queries use
 * the same rule as a query condition (today: public themes only) so filtering happens in the database. Today only public themes exist, so
 * everyone may read; the groups feature extends the rules here (and only here).
 *
 * <p>Rule for every future path (search, feeds, API, notifications, counts): an item is shown only if
 * {@link #canSee} holds for its space; an item the viewer cannot see answers exactly like one that does not
 * exist (404).
 */
@ApplicationScoped
public class SpaceAccess {

    public boolean canSee(Viewer viewer, Space space) {
        return space.isPublic() && viewer.can(Permission.READ_PUBLIC);
    }

    public boolean canStartThread(Viewer viewer, Space space) {
        return canSee(viewer, space) && viewer.can(Permission.START_THREAD);
    }

    public boolean canReply(Viewer viewer, Space space, boolean threadLocked) {
        if (!canSee(viewer, space) || !viewer.can(Permission.REPLY)) {
            return false;
        }
        return !threadLocked || viewer.can(Permission.MODERATE);
    }

    /** Moderators act on everything in spaces they can see (group owners join this rule with the groups feature). */
    public boolean canModerate(Viewer viewer, Space space) {
        return canSee(viewer, space) && viewer.can(Permission.MODERATE);
    }

    /** Authors edit their own posts; moderators any post. */
    public boolean canEditPost(Viewer viewer, Space space, long authorId) {
        return canSee(viewer, space) && !viewer.isAnonymous()
                && ((viewer.is(authorId) && viewer.can(Permission.REPLY)) || viewer.can(Permission.MODERATE));
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
        return canSee(viewer, space) && viewer.can(Permission.REPLY) && !viewer.is(authorId);
    }
}
