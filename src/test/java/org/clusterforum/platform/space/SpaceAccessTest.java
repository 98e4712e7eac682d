package org.clusterforum.platform.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.clusterforum.platform.persistence.BaseEntity;
import org.clusterforum.platform.security.Role;
import org.clusterforum.platform.security.Viewer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The one access policy, decided without a database: who sees, takes part in and moderates which space. */
class SpaceAccessTest {

    private static final Viewer VISITOR = Viewer.anonymous();
    private static final Viewer OWNER = Viewer.member(1, "Owner", Role.MEMBER);
    private static final Viewer MEMBER = Viewer.member(2, "Member", Role.MEMBER);
    private static final Viewer OUTSIDER = Viewer.member(3, "Outsider", Role.MEMBER);
    private static final Viewer MODERATOR = Viewer.member(4, "Moderator", Role.MODERATOR);

    private final Map<String, SpaceMember> memberships = new HashMap<>();
    private final List<PrivateSpaceOpened> opened = new ArrayList<>();
    private SpaceAccess access;
    private TestSpace theme;
    private TestSpace publicGroup;
    private TestSpace privateGroup;

    @BeforeEach
    void setUp() throws ReflectiveOperationException {
        access = new SpaceAccess();
        access.members = new SpaceMembers() {
            @Override
            public Optional<SpaceMember> find(long spaceId, long memberId) {
                return Optional.ofNullable(memberships.get(spaceId + "/" + memberId));
            }
        };
        access.staffOpened = new Recorder();
        theme = space(10, false, SpaceAudience.EVERYONE);
        publicGroup = space(11, true, SpaceAudience.EVERYONE);
        privateGroup = space(12, true, SpaceAudience.MEMBERS);
        for (TestSpace group : List.of(publicGroup, privateGroup)) {
            join(group, OWNER, SpaceRole.OWNER);
            join(group, MEMBER, SpaceRole.MEMBER);
        }
    }

    @Test
    void everyoneReadsAThemeAndSignedInMembersTakePart() {
        assertTrue(access.canSee(VISITOR, theme));
        assertFalse(access.canTakePart(VISITOR, theme));
        assertTrue(access.canTakePart(OUTSIDER, theme));
        assertFalse(access.canModerate(OUTSIDER, theme));
        assertTrue(access.canModerate(MODERATOR, theme));
    }

    @Test
    void aPublicGroupIsReadByAllButOnlyItsMembersTakePart() {
        assertTrue(access.canSee(VISITOR, publicGroup));
        assertTrue(access.canSee(OUTSIDER, publicGroup));
        assertFalse(access.canTakePart(OUTSIDER, publicGroup));
        assertFalse(access.canStartThread(OUTSIDER, publicGroup));
        assertFalse(access.canLike(OUTSIDER, publicGroup, MEMBER.memberId()));
        assertTrue(access.canReply(MEMBER, publicGroup, false));
        assertTrue(access.canStartThread(MEMBER, publicGroup));
    }

    @Test
    void aPrivateGroupIsInvisibleToEveryoneButItsMembersAndStaff() {
        assertFalse(access.canSee(VISITOR, privateGroup));
        assertFalse(access.canSee(OUTSIDER, privateGroup));
        assertFalse(access.canEditPost(OUTSIDER, privateGroup, OUTSIDER.memberId()), "not even their own post");
        assertTrue(access.canSee(MEMBER, privateGroup));
        assertTrue(access.canReply(MEMBER, privateGroup, false));
        assertTrue(access.canSee(MODERATOR, privateGroup));
        assertTrue(access.canModerate(MODERATOR, privateGroup));
    }

    @Test
    void ownersModerateTheirGroupAndNothingElse() {
        assertTrue(access.canModerate(OWNER, privateGroup));
        assertTrue(access.canDeletePost(OWNER, privateGroup, MEMBER.memberId(), true));
        assertTrue(access.canReply(OWNER, privateGroup, true), "owners reply in their locked threads");
        assertFalse(access.canReply(MEMBER, privateGroup, true));
        assertFalse(access.canModerate(MEMBER, privateGroup));
        assertFalse(access.canModerate(OWNER, theme));
    }

    @Test
    void aRemovedMemberLosesAccessAtOnceIncludingTheirOwnPosts() {
        assertTrue(access.canEditPost(MEMBER, privateGroup, MEMBER.memberId()));
        memberships.remove(privateGroup.getId() + "/" + MEMBER.memberId());
        memberships.remove(publicGroup.getId() + "/" + MEMBER.memberId());
        assertFalse(access.canSee(MEMBER, privateGroup));
        assertFalse(access.canEditPost(MEMBER, privateGroup, MEMBER.memberId()));
        assertTrue(access.canSee(MEMBER, publicGroup));
        assertFalse(access.canEditPost(MEMBER, publicGroup, MEMBER.memberId()), "no longer takes part");
    }

    @Test
    void aModeratorOpeningAPrivateGroupTheyDoNotBelongToIsRecorded() {
        assertTrue(access.canOpen(MEMBER, privateGroup, "thread 1"));
        assertTrue(access.canOpen(MODERATOR, publicGroup, "thread 2"));
        assertTrue(opened.isEmpty(), "members and public spaces are not staff access");
        assertTrue(access.canOpen(MODERATOR, privateGroup, "thread 3"));
        assertEquals(1, opened.size());
        assertEquals(MODERATOR.memberId(), opened.getFirst().staffMemberId());
        assertEquals("thread 3", opened.getFirst().what());
        assertFalse(access.canOpen(OUTSIDER, privateGroup, "thread 4"));
        assertEquals(1, opened.size());
    }

    @Test
    void listQueriesFilterByWhatTheViewerMaySee() {
        assertEquals(SpaceFilter.PUBLIC_ONLY, access.filterFor(VISITOR));
        assertEquals(SpaceFilter.EVERYTHING, access.filterFor(MODERATOR));
        SpaceFilter member = access.filterFor(MEMBER);
        assertEquals(MEMBER.memberId(), member.memberId());
        assertTrue(member.jpql("s").contains("s.audience"), member.jpql("s"));
        assertTrue(member.jpql("s").contains(":spaceViewer"), member.jpql("s"));
        assertTrue(SpaceFilter.EVERYTHING.jpql("s").contains(":spaceViewer"), "binds the same parameter");
    }

    private void join(TestSpace space, Viewer who, SpaceRole role) {
        memberships.put(space.getId() + "/" + who.memberId(),
                new SpaceMember(space.getId(), who.memberId(), role, Instant.EPOCH));
    }

    private static TestSpace space(long id, boolean hasMembers, SpaceAudience audience)
            throws ReflectiveOperationException {
        TestSpace space = new TestSpace(hasMembers, audience);
        var field = BaseEntity.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(space, id);
        return space;
    }

    /** A space of a test kind: with or without members, for everyone or members only. */
    static final class TestSpace extends Space {
        private final boolean hasMembers;

        TestSpace(boolean hasMembers, SpaceAudience audience) {
            super("Space", "space", "");
            this.hasMembers = hasMembers;
            setAudience(audience);
        }

        @Override
        public boolean hasMembers() {
            return hasMembers;
        }

        @Override
        public String address() {
            return "/spaces/space";
        }
    }

    /** Records the staff-access events instead of delivering them. */
    private final class Recorder implements Event<PrivateSpaceOpened> {
        @Override
        public void fire(PrivateSpaceOpened event) {
            opened.add(event);
        }

        @Override
        public <U extends PrivateSpaceOpened> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends PrivateSpaceOpened> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<PrivateSpaceOpened> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends PrivateSpaceOpened> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends PrivateSpaceOpened> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
