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
}
