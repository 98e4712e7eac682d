package org.clusterforum.search.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One result: the post, its thread's title, who wrote it and when, the theme or group it is in (null for a member's
 * profile), and a snippet whose matching words are marked
 * ({@link Part#match()}), rendered as text, never as HTML.
 */
public record SearchHit(long postId, long threadId, String kind, String title, String authorName, Instant createdAt,
                        List<Part> snippet, String placeName, String placeUrl) implements Serializable {

    /** A piece of the snippet; {@code match} pieces are the words that matched. */
    public record Part(String text, boolean match) implements Serializable {
    }

    /** The post's own address, which leads to it in its thread or challenge. */
    public String url() {
        return isMember() ? "/members/profile?id=" + postId : "/threads/post?id=" + postId;
    }

    /** A member's profile rather than a post ({@code postId} is then the member's id). */
    public boolean isMember() {
        return "member".equals(kind);
    }

    public String kindLabel() {
        return switch (kind) {
            case "discussion" -> "Discussion";
            case "reply" -> "Reply";
            case "challenge" -> "Challenge";
            case "answer" -> "Answer";
            case "member" -> "Member";
            default -> kind;
        };
    }
}
