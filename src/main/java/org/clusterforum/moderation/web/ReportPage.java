package org.clusterforum.moderation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clusterforum.account.service.AccountService;
import org.clusterforum.challenge.service.ChallengeService;
import org.clusterforum.challenge.service.CommentSummary;
import org.clusterforum.account.service.MemberProfile;
import org.clusterforum.discussion.service.PostService;
import org.clusterforum.discussion.service.PostSummary;
import org.clusterforum.moderation.model.ReportReason;
import org.clusterforum.moderation.service.ReviewService;
import org.clusterforum.platform.security.CurrentMember;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.InvalidInput;
import org.clusterforum.platform.validation.NotFound;
import org.clusterforum.platform.web.Ids;
import org.clusterforum.platform.web.Pages;

/**
 * /moderation/report?post=N, ?comment=N or ?member=N: a member tells the moderators what is wrong with a post, a
 * challenge comment or a member:
 * a reason and, if they like, details. What was typed survives a refusal.
 */
@Named
@ViewScoped
public class ReportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReviewService reviews;

    @Inject
    PostService posts;

    @Inject
    AccountService accounts;

    @Inject
    ChallengeService challenges;

    @Inject
    CurrentMember currentMember;

    private String post;
    private String member;
    private String comment;
    private CommentSummary reportedComment;
    private PostSummary reportedPost;
    private MemberProfile reportedMember;
    private ReportReason reason;
    private String detail;

    public void load() {
        try {
            Long postId = Ids.parse(post);
            Long memberId = Ids.parse(member);
            Long commentId = Ids.parse(comment);
            if (commentId != null) {
                reportedComment = challenges.commentSummary(currentMember.viewer(), commentId);
            } else if (postId != null) {
                reportedPost = posts.summary(currentMember.viewer(), postId);
            } else if (memberId != null) {
                reportedMember = accounts.profile(memberId);
            }
        } catch (NotFound e) {
            reportedPost = null;
            reportedMember = null;
            reportedComment = null;
        }
        if (reportedPost == null && reportedMember == null && reportedComment == null) {
            Pages.notFound();
        }
    }

    public void send() {
        try {
            boolean added = reportedComment != null
                    ? reviews.reportComment(currentMember.viewer(), reportedComment.id(), reason, detail)
                    : reportedPost != null
                    ? reviews.reportPost(currentMember.viewer(), reportedPost.postId(), reason, detail)
                    : reviews.reportMember(currentMember.viewer(), reportedMember.id(), reason, detail);
            Pages.info(added ? "Thank you. The moderators will review your report and tell you what they decided."
                    : "You have already reported this; the moderators will look at it.");
            Pages.redirect(reportedComment != null ? reportedComment.url() : reportedPost != null ? reportedPost.url()
                    : "/members/profile?id=" + reportedMember.id());
        } catch (InvalidInput problems) {
            Pages.show(problems, "report");
        } catch (Forbidden | NotFound e) {
            Pages.error(e.getMessage());
        }
    }

    public List<ReportReason> getReasons() {
        return List.of(ReportReason.values());
    }

    public CommentSummary getReportedComment() {
        return reportedComment;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public PostSummary getReportedPost() {
        return reportedPost;
    }

    public MemberProfile getReportedMember() {
        return reportedMember;
    }

    public String getPost() {
        return post;
    }

    public void setPost(String post) {
        this.post = post;
    }

    public String getMember() {
        return member;
    }

    public void setMember(String member) {
        this.member = member;
    }

    public ReportReason getReason() {
        return reason;
    }

    public void setReason(ReportReason reason) {
        this.reason = reason;
    }

    public String getDetail() {
        return detail;
    }

    public void setDetail(String detail) {
        this.detail = detail;
    }
}
