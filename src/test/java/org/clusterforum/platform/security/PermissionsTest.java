package org.clusterforum.platform.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PermissionsTest {

    @Test
    void anonymousVisitorMayOnlyReadPublicContent() {
        Viewer visitor = Viewer.anonymous();
        assertTrue(visitor.isAnonymous());
        assertTrue(visitor.can(Permission.READ_PUBLIC));
        for (Permission p : Permission.values()) {
            if (p != Permission.READ_PUBLIC) {
                assertFalse(visitor.can(p), p.name());
            }
        }
    }

    @Test
    void memberMayPostButNotModerateOrAdminister() {
        Viewer member = Viewer.member(1, "M", Role.MEMBER);
        assertTrue(member.can(Permission.START_THREAD));
        assertTrue(member.can(Permission.REPLY));
        assertFalse(member.can(Permission.ANSWER_AS_EXPERT));
        assertFalse(member.can(Permission.MODERATE));
        assertFalse(member.can(Permission.ADMINISTER));
    }

    @Test
    void expertAnswersAsExpertButDoesNotModerate() {
        Viewer expert = Viewer.member(2, "E", Role.EXPERT);
        assertTrue(expert.can(Permission.ANSWER_AS_EXPERT));
        assertFalse(expert.can(Permission.MODERATE));
    }

    @Test
    void moderatorModeratesButDoesNotAdminister() {
        Viewer moderator = Viewer.member(3, "Mo", Role.MODERATOR);
        assertTrue(moderator.can(Permission.MODERATE));
        assertFalse(moderator.can(Permission.ADMINISTER));
    }

    @Test
    void administratorMayDoEverything() {
        Viewer admin = Viewer.member(4, "A", Role.ADMIN);
        for (Permission p : Permission.values()) {
            assertTrue(admin.can(p), p.name());
        }
    }

    @Test
    void viewerRecognisesItself() {
        Viewer member = Viewer.member(5, "Me", Role.MEMBER);
        assertTrue(member.is(5L));
        assertFalse(member.is(6L));
        assertFalse(Viewer.anonymous().is(null));
    }
}
