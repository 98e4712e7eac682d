package org.clusterforum.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignInContinueTest {

    @ParameterizedTest
    @ValueSource(strings = {"/threads/new?theme=funding", "/", "/members/profile?id=3"})
    void localPathsAreKept(String path) {
        assertEquals(path, ForumAuthenticationMechanism.safeContinue(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/", "//evil.example/x", "/\\\\evil.example", "javascript:alert(1)",
            "/account/signin?continue=/x", "relative/path", "", "/a\nSet-Cookie: x=1"})
    void anythingElseGoesHome(String path) {
        assertEquals("/", ForumAuthenticationMechanism.safeContinue(path));
    }
}
