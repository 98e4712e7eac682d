package org.clusterforum.platform.space;

/**
 * "Visible to this viewer" as a query condition, from {@link SpaceAccess#filterFor}: spaces open to everyone,
 * plus (for a member) the spaces they belong to, or everything (moderators). Queries bind {@link #memberParam()}
 * to {@link #memberId()}: -1 when no membership counts, which matches no row.
 */
public record SpaceFilter(boolean everything, long memberId) {

    public static final SpaceFilter PUBLIC_ONLY = new SpaceFilter(false, -1L);
    public static final SpaceFilter EVERYTHING = new SpaceFilter(true, -1L);

    public static SpaceFilter forMember(long memberId) {
        return new SpaceFilter(false, memberId);
    }

    /** The name of the parameter the conditions use. */
    public static String memberParam() {
        return "spaceViewer";
    }

    /**
     * A JPQL condition on {@code spaceAlias} (a {@link Space}); binds {@code :spaceViewer}.
     */
    public String jpql(String spaceAlias) {
        if (everything) {
            return "(:spaceViewer = :spaceViewer)";
        }
        return "(" + spaceAlias + ".audience = org.clusterforum.platform.space.SpaceAudience.EVERYONE"
                + " or exists (select vm.memberId from SpaceMember vm where vm.spaceId = " + spaceAlias + ".id"
                + " and vm.memberId = :spaceViewer))";
    }

    /**
     * A native SQL condition on the column {@code spaceIdColumn} holding a space's id; binds {@code ?spaceViewer}
     * through {@code #spaceViewer}-free positional form: the caller substitutes its own parameter marker
     * {@code marker} (for example {@code ?3}).
     */
    public String sql(String spaceIdColumn, String marker) {
        if (everything) {
            return "(" + marker + " = " + marker + ")";
        }
        return "(" + spaceIdColumn + " IN (SELECT VS.ID FROM FORUM_SPACE VS WHERE VS.AUDIENCE = 'EVERYONE')"
                + " OR " + spaceIdColumn + " IN (SELECT VM.SPACE_ID FROM SPACE_MEMBER VM WHERE VM.MEMBER_ID = "
                + marker + "))";
    }
}
