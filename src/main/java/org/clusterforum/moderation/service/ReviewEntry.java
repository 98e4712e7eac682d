package org.clusterforum.moderation.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.clusterforum.challenge.service.CommentSummary;
import org.clusterforum.discussion.service.PostSummary;
import org.clusterforum.moderation.model.ReviewTarget;

/**
 * One entry of the review queue as a moderator reads it: the reported post (or member), every report on it, and
 * why the forum flagged it ({@code flagNote}: a watched word; may be null), what the viewer may do ({@code mayDecide}: hide and dismiss; {@code maySanction}: warn or suspend the author).
 */
public record ReviewEntry(long id, ReviewTarget kind, PostSummary post, long memberId, String memberName,
                          List<ReportLine> reports, Instant lastReportedAt, boolean mayDecide, boolean maySanction,
                          String flagNote, CommentSummary comment)
        implements Serializable {

    /** One report: who, why, what they added. */
    public record ReportLine(String reporterName, String reason, String detail, Instant at) implements Serializable {
    }

    public boolean aboutPost() {
        return kind != ReviewTarget.MEMBER && kind != ReviewTarget.COMMENT;
    }

    /** A reported comment on a challenge or answer ({@link #comment()} says which). */
    public boolean aboutComment() {
        return kind == ReviewTarget.COMMENT;
    }

    /** A new member's post waiting for approval (no reports). */
    public boolean awaiting() {
        return kind == ReviewTarget.APPROVAL;
    }

    /** Who would be warned or suspended: the post's or comment's author, or the reported member. */
    public long subjectId() {
        return post != null ? post.authorId() : memberId;
    }

    public String subjectName() {
        return post != null ? post.authorName() : memberName;
    }
}
