package org.clusterforum.platform.audit;

/**
 * What an action was taken on: its kind ("thread", "post", "member", "group"…), id, a label a person reads
 * (copied, so the entry reads right after a rename) and the address of the item in the forum, if it has one.
 */
public record AuditTarget(String kind, Long id, String label, String url) {

    public static AuditTarget thread(long id, String title) {
        return new AuditTarget("thread", id, title, "/threads/thread?id=" + id);
    }

    public static AuditTarget post(long id, String threadTitle) {
        return new AuditTarget("post", id, "Post in “" + threadTitle + "”", "/threads/post?id=" + id);
    }

    public static AuditTarget member(long id, String displayName) {
        return new AuditTarget("member", id, displayName, "/members/profile?id=" + id);
    }

    public static AuditTarget challenge(long id, String title) {
        return new AuditTarget("challenge", id, title, "/challenges/challenge?id=" + id);
    }
}
