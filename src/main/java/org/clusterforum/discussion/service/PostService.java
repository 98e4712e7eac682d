package org.clusterforum.discussion.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import org.clusterforum.account.model.Member;
import org.clusterforum.account.service.AccountService;
import org.clusterforum.discussion.model.ForumThread;
import org.clusterforum.discussion.model.Post;
import org.clusterforum.discussion.model.PostLike;
import org.clusterforum.discussion.model.PostRepository;
import org.clusterforum.discussion.model.ThemeRepository;
import org.clusterforum.discussion.model.ThreadKind;
import org.clusterforum.platform.cache.ContentChanged;
import org.clusterforum.platform.audit.AuditAction;
import org.clusterforum.platform.audit.AuditTarget;
import org.clusterforum.platform.audit.AuditTrail;
import org.clusterforum.platform.persistence.BaseEntity;
import org.clusterforum.platform.richtext.RichText;
import org.clusterforum.platform.richtext.RichTextPolicy;
import org.clusterforum.platform.security.Viewer;
import org.clusterforum.platform.space.SpaceAccess;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.InvalidInput;
import org.clusterforum.platform.validation.NotFound;
import org.clusterforum.platform.validation.Texts;

/**
 * What members do to single posts: find one by its own URL, quote it, edit it (keeping revisions), delete it,
 * like it. Every method checks {@link SpaceAccess} first; a post the viewer cannot see does not exist for them.
 */
@ApplicationScoped
public class PostService {

    /** Longest quote taken from a post when quoting it whole. */
    static final int MAX_QUOTE = 1_500;

    @Inject
    PostRepository posts;

    @Inject
    ThemeRepository spaces;

    @Inject
    AccountService accounts;

    @Inject
    DiscussionService discussions;

    @Inject
    SpaceAccess access;

    @Inject
    Event<PostLiked> liked;

    @Inject
    Event<ContentChanged> changed;

    @Inject
    Event<PostDeleted> deleted;

    @Inject
    AuditTrail audit;

    /** Where a post lives (thread, page, anchor): what {@code /threads/post?id=N} redirects to. */
    @Transactional
    public PostLocation locate(Viewer viewer, long postId) {
        Post post = visiblePost(viewer, postId);
        return DiscussionService.locate(post.getThread().getId(), post.getId(), post.getPosition());
    }

    /**
     * The HTML a reply editor starts with when quoting a post: a block quote naming its author. If the member had
     * selected part of the post, only that part, and only if it really is in the post (nobody can put words in
     * another member's mouth through a crafted link). Only a post of the thread being replied to can be quoted, so
     * a private group's words are never carried into a thread with a wider audience.
     */
    @Transactional
    public String quote(Viewer viewer, long threadId, long postId, String selectedText) {
        Post post = visiblePost(viewer, postId);
        if (post.isDeleted() || !post.getThread().getId().equals(threadId)) {
            throw new NotFound("Post");
        }
        String whole = post.getBody().text();
        String quoted = null;
        if (selectedText != null && !selectedText.isBlank() && selectedText.length() <= MAX_QUOTE * 2) {
            String wanted = normalise(selectedText);
            if (normalise(whole).contains(wanted)) {
                quoted = selectedText.strip();
            }
        }
        if (quoted == null) {
            quoted = Texts.length(whole) > MAX_QUOTE
                    ? whole.substring(0, whole.offsetByCodePoints(0, MAX_QUOTE)) + "…" : whole;
        }
        return "<blockquote><p><strong>" + Texts.escapeHtml(post.getAuthor().getDisplayName())
                + " wrote:</strong></p>" + RichTextPolicy.fromPlainText(quoted).html() + "</blockquote><p><br></p>";
    }

    /** The post a reply form answers, or NotFound if it is gone (deleted, or not in a thread the viewer sees). */
    @Transactional
    public PostView.ReplyTo replyTarget(Viewer viewer, long threadId, long postId) {
        Post post = visiblePost(viewer, postId);
        if (post.isDeleted() || !post.getThread().getId().equals(threadId)) {
            throw new NotFound("Post");
        }
        return new PostView.ReplyTo(post.getId(), post.getPosition(), post.getAuthor().getDisplayName(),
                DiscussionService.locate(threadId, post.getId(), post.getPosition()).url());
    }

    @Transactional
    public EditablePost postForEdit(Viewer viewer, long postId) {
        Post post = visiblePost(viewer, postId);
        requireMayEdit(viewer, post);
        return editable(post);
    }

    /**
     * Replaces a post's text, keeping the previous text as a revision. {@code expectedVersion} is the version the
     * editor started from: if someone saved in between, {@link EditConflict} carries their text instead of
     * silently overwriting it.
     */
    @Transactional
    public PostLocation editPost(Viewer viewer, long postId, long expectedVersion, String untrustedHtml) {
        Post post = visiblePost(viewer, postId);
        requireMayEdit(viewer, post);
        var problems = new InvalidInput.Collector();
        RichText body = discussions.checkedBody(untrustedHtml, problems);
        org.clusterforum.platform.watchwords.WordCheck words = body == null || body.isBlank()
                ? org.clusterforum.platform.watchwords.WordCheck.NONE
                : discussions.watchedWords(viewer, post.getThread().getSpace(), null, body, problems);
        problems.throwIfAny();
        if (post.getVersion() != expectedVersion) {
            throw new EditConflict();
        }
        if (body.html().equals(post.getBody().html())) {
            return DiscussionService.locate(post.getThread().getId(), post.getId(), post.getPosition());
        }
        Member editor = accounts.activeMember(viewer);
        DiscussionService.Mentioned mentioned = discussions.linkMentions(body);
        posts.addRevision(post.edit(editor, mentioned.body(), BaseEntity.now()));
        discussions.flagIfWatched(words, post.getId(), post.getThread().getSpace()); // an edit is not held back
        // members mentioned for the first time are told; those already told are not told again
        discussions.publish(post.getThread(), post, null, mentioned.memberIds(), false);
        try {
            posts.flush();
        } catch (OptimisticLockException e) {
            throw new EditConflict();
        }
        if (!viewer.is(post.getAuthor().getId())) {
            audit.record(viewer, AuditAction.EDIT_POST, AuditTarget.post(post.getId(), post.getThread().getTitle()),
                    null);
        }
        return DiscussionService.locate(post.getThread().getId(), post.getId(), post.getPosition());
    }

    /** A post's current text and all earlier ones: for anyone who can see the post. */
    @Transactional
    public PostHistory history(Viewer viewer, long postId) {
        Post post = visiblePost(viewer, postId);
        if (post.isDeleted() && !access.canModerate(viewer, post.getThread().getSpace())) {
            throw new NotFound("Post");
        }
        var revisions = posts.revisionsOf(postId).stream()
                .map(r -> new PostHistory.Revision(r.getNumber(), r.getEditor().getDisplayName(), r.getCreatedAt(),
                        r.getBody()))
                .toList();
        return new PostHistory(post.getId(), post.getThread().getTitle(),
                DiscussionService.locate(post.getThread().getId(), post.getId(), post.getPosition()).url(),
                post.getPosition(), post.getAuthor().getDisplayName(), post.getBody(), post.getEditedAt(),
                revisions);
    }

    /**
     * Soft-deletes a post: it keeps its place in the thread and shows as deleted; counts of replies and posts no
     * longer include it. Deleting twice is harmless.
     */
    @Transactional
    public PostLocation deletePost(Viewer viewer, long postId) {
        Post post = visiblePost(viewer, postId);
        ForumThread thread = post.getThread();
        PostLocation location = DiscussionService.locate(thread.getId(), post.getId(), post.getPosition());
        if (post.isDeleted()) {
            return location;
        }
        boolean openingWithReplies = post.isOpeningPost() && thread.getReplyCount() > 0;
        if (!access.canDeletePost(viewer, thread.getSpace(), post.getAuthor().getId(), openingWithReplies)) {
            throw new Forbidden(openingWithReplies
                    ? "The first post of a thread with replies cannot be deleted; edit it instead."
                    : "You can only delete your own posts.");
        }
        remove(post, accounts.activeMember(viewer), null);
        if (!viewer.is(post.getAuthor().getId())) {
            audit.record(viewer, AuditAction.HIDE_POST, AuditTarget.post(post.getId(), thread.getTitle()), null);
        }
        return location;
    }

    /**
     * Deletes a post softly (with the reason a moderator gave, if any) and takes it out of every count it was in:
     * the thread's replies, its space's posts and, in a public space, its author's profile. A post still waiting
     * for approval was never counted. Observers (notifications, challenges) hear of it. The caller checks who may.
     */
    void remove(Post post, Member by, String reason) {
        ForumThread thread = post.getThread();
        boolean counted = !post.isAwaitingApproval();
        post.delete(by, BaseEntity.now(), reason);
        if (!post.isOpeningPost() && counted) {
            thread.replyDeleted();
        }
        if (thread.isListed() && counted) {
            spaces.countDeletedPost(thread.getSpace().getId());
            if (thread.getSpace().isPublic()) {
                accounts.uncountPost(post.getAuthor().getId()); // only public posts are counted on profiles
            }
        }
        deleted.fire(new PostDeleted(post.getId(), thread.getId(), post.isOpeningPost()));
    }

    /** Likes a post; liking it again (double click, two tabs) changes nothing. Returns the like count. */
    @Transactional
    public int like(Viewer viewer, long postId) {
        Post post = likeablePost(viewer, postId);
        Member member = accounts.activeMember(viewer);
        if (!posts.isLikedBy(postId, member.getId())) {
            posts.addLike(new PostLike(post, member));
            posts.adjustLikeCount(postId, +1);
            liked.fire(new PostLiked(postId, post.getAuthor().getId(), member.getId()));
        }
        return posts.likeCount(postId);
    }

    /** Withdraws a like; withdrawing one that is not there changes nothing. Returns the like count. */
    @Transactional
    public int unlike(Viewer viewer, long postId) {
        likeablePost(viewer, postId);
        if (posts.removeLike(postId, viewer.memberId())) {
            posts.adjustLikeCount(postId, -1);
            changed.fire(new ContentChanged("PostLike")); // a bulk delete: no entity listener sees it
        }
        return posts.likeCount(postId);
    }

    /** The post, row-locked so that likes of it are counted one at a time. */
    private Post likeablePost(Viewer viewer, long postId) {
        visiblePost(viewer, postId);
        Post post = posts.findLocked(postId).orElseThrow(() -> new NotFound("Post"));
        if (viewer.is(post.getAuthor().getId())) {
            throw new Forbidden("You cannot like your own post.");
        }
        if (post.isDeleted() || !access.canLike(viewer, post.getThread().getSpace(), post.getAuthor().getId())) {
            throw new Forbidden("Sign in to like posts.");
        }
        return post;
    }

    private void requireMayEdit(Viewer viewer, Post post) {
        if (post.isDeleted()) {
            throw new Forbidden("A deleted post cannot be edited.");
        }
        if (!access.canEditPost(viewer, post.getThread().getSpace(), post.getAuthor().getId())) {
            throw new Forbidden("You can only edit your own posts.");
        }
    }

    private Post visiblePost(Viewer viewer, long postId) {
        return posts.find(postId)
                .filter(p -> access.canOpen(viewer, p.getThread().getSpace(), "post " + postId))
                .filter(p -> discussions.mayOpen(viewer, p.getThread())
                        && (!p.isAwaitingApproval() || viewer.is(p.getAuthor().getId())
                        || access.canModerate(viewer, p.getThread().getSpace())))
                .orElseThrow(() -> new NotFound("Post"));
    }

    /** A post the viewer may see, for reporting it. */
    @Transactional
    public PostSummary summary(Viewer viewer, long postId) {
        Post post = visiblePost(viewer, postId);
        if (post.isDeleted()) {
            throw new NotFound("Post");
        }
        return summaryOf(post);
    }

    /**
     * Posts for the review queue: only those in spaces the viewer moderates (deleted ones too); others are left
     * out. A moderator reading a members-only group's post this way is logged like opening it.
     */
    @Transactional
    public java.util.Map<Long, PostSummary> summariesForModeration(Viewer viewer, java.util.Collection<Long> postIds) {
        java.util.Map<Long, PostSummary> found = new java.util.HashMap<>();
        for (Post p : posts.findWithContext(postIds)) {
            if (access.canModerate(viewer, p.getThread().getSpace())
                    && access.canOpen(viewer, p.getThread().getSpace(), "reported post " + p.getId())) {
                found.put(p.getId(), summaryOf(p));
            }
        }
        return found;
    }

    private static PostSummary summaryOf(Post post) {
        ForumThread thread = post.getThread();
        String text = post.getBody().text();
        String excerpt = text.length() <= PostSummary.EXCERPT ? text : text.substring(0, PostSummary.EXCERPT) + "…";
        return new PostSummary(post.getId(), thread.getId(), thread.getTitle(),
                DiscussionService.locate(thread.getId(), post.getId(), post.getPosition()).url(),
                post.getAuthor().getId(), post.getAuthor().getDisplayName(), thread.getSpace().getId(),
                thread.getSpace().getName(), excerpt, post.isDeleted(), thread.getKind() == ThreadKind.CHALLENGE,
                post.isOpeningPost(), post.isOpeningPost() && thread.getReplyCount() > 0, post.isAwaitingApproval());
    }

    private static EditablePost editable(Post post) {
        return new EditablePost(post.getId(), post.getThread().getId(), post.getThread().getTitle(),
                post.getPosition(), post.getAuthor().getDisplayName(), post.getBody(), post.getVersion());
    }

    private static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
