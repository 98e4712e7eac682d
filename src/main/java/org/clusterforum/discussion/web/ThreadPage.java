package org.clusterforum.discussion.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clusterforum.discussion.service.DiscussionService;
import org.clusterforum.discussion.service.DraftService;
import org.clusterforum.discussion.service.PostLocation;
import org.clusterforum.discussion.service.PostService;
import org.clusterforum.discussion.service.PostView;
import org.clusterforum.discussion.service.ThreadView;
import org.clusterforum.platform.persistence.Page;
import org.clusterforum.platform.persistence.PageRequest;
import org.clusterforum.platform.security.CurrentMember;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.InvalidInput;
import org.clusterforum.platform.validation.NotFound;
import org.clusterforum.platform.web.Ids;
import org.clusterforum.platform.web.Pages;
import org.primefaces.model.file.UploadedFiles;

/**
 * /threads/thread?id=42&amp;page=2: a thread's posts in order, with reply, quote, like, edit and delete for those
 * who may; {@code &amp;replyTo=P} or {@code &amp;quote=P} start a reply to post P. View-scoped, so the thread is
 * known while the reply form is decoded (its rendering depends on the thread).
 */
@Named
@ViewScoped
public class ThreadPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ThreadPage.class.getName());

    @Inject
    DiscussionService discussions;

    @Inject
    PostService postService;

    @Inject
    CurrentMember currentMember;

    @Inject
    DraftService drafts;

    private String id;
    private String page;
    private String replyTo;
    private String quote;
    private String quoteText;
    private String replyBody;
    private PostView.ReplyTo replyTarget;
    private String replied;
    private transient UploadedFiles files;
    private ThreadView thread;
    private Page<PostView> posts;

    /** GET: 404 for a thread that does not exist or cannot be seen; prepares a reply to or quote of a post. */
    public void load() {
        if (getThread() == null) {
            Pages.notFound();
            return;
        }
        rememberRead();
        if (!thread.viewerMayReply()) {
            return;
        }
        drafts.draft(currentMember.viewer(), DraftService.replyPlace(thread.id())).ifPresent(draft -> {
            replyBody = draft.body().html();
            Pages.notice("Your reply that was not posted yet is back in the reply box.");
        });
        Long target = Ids.parse(quote != null ? quote : replyTo);
        if (target == null) {
            return;
        }
        try {
            replyTarget = postService.replyTarget(currentMember.viewer(), thread.id(), target);
            if (quote != null) {
                String quoted = postService.quote(currentMember.viewer(), target, quoteText);
                replyBody = replyBody == null ? quoted : replyBody + quoted;
            }
        } catch (NotFound e) {
            Pages.error("The post you wanted to answer is no longer available.");
        }
    }

    /** The viewer has now seen this page's posts; a lost race with another tab is harmless. */
    private void rememberRead() {
        var items = getPosts().items();
        if (!currentMember.isSignedIn() || items.isEmpty()) {
            return;
        }
        try {
            discussions.markRead(currentMember.viewer(), thread.id(), items.get(items.size() - 1).position());
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Read position not saved", e);
        }
    }

    /**
     * Posts the reply once: a double click or a resubmitted form of the same page view does not post it twice
     * (the view-scoped bean remembers that this view already posted).
     */
    public synchronized void reply() {
        if (replied != null) {
            Pages.redirect(replied);
            return;
        }
        try {
            PostLocation location = discussions.reply(currentMember.viewer(), thread.id(), replyBody,
                    replyTarget == null ? null : replyTarget.postId(), Uploads.of(files));
            replied = location.url();
            drafts.discard(currentMember.viewer(), DraftService.replyPlace(thread.id()));
            Pages.info("Your reply is posted.");
            Pages.redirect(replied);
        } catch (InvalidInput problems) {
            Pages.show(problems, "reply");
        } catch (Forbidden e) {
            Pages.error(e.getMessage());
        } catch (NotFound e) {
            Pages.notFound();
        }
    }

    /**
     * Called as the member types (and when the editor loses focus): keeps the unposted reply on the server.
     * Synchronised with {@link #reply()}: a save racing the post cannot bring back a draft of posted text.
     */
    public synchronized void saveDraft() {
        if (replied == null && thread != null) {
            try {
                drafts.saveReplyDraft(currentMember.viewer(), thread.id(), replyBody);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Draft not saved", e); // the next keystroke saves it again
            }
        }
    }

    public void watch(boolean watch) {
        try {
            discussions.watchThread(currentMember.viewer(), thread.id(), watch);
            Pages.info(watch ? "You are watching this thread: replies will appear in your notifications."
                    : "You no longer watch this thread.");
            Pages.redirect("/threads/thread?id=" + thread.id());
        } catch (Forbidden | NotFound e) {
            Pages.error(e.getMessage());
        }
    }

    /** Stops answering a particular post; the text typed so far stays. */
    public void cancelReplyTo() {
        replyTarget = null;
    }

    public void like(long postId) {
        try {
            postService.like(currentMember.viewer(), postId);
        } catch (Forbidden | NotFound e) {
            Pages.error(e.getMessage());
        }
        posts = null;
    }

    public void unlike(long postId) {
        try {
            postService.unlike(currentMember.viewer(), postId);
        } catch (Forbidden | NotFound e) {
            Pages.error(e.getMessage());
        }
        posts = null;
    }

    public void delete(long postId) {
        try {
            PostLocation location = postService.deletePost(currentMember.viewer(), postId);
            Pages.info("The post is deleted.");
            Pages.redirect(location.url());
        } catch (Forbidden | NotFound e) {
            Pages.error(e.getMessage());
        }
    }

    public ThreadView getThread() {
        Long threadId = Ids.parse(id);
        if (thread == null && threadId != null) {
            try {
                thread = discussions.thread(currentMember.viewer(), threadId);
            } catch (NotFound e) {
                return null;
            }
        }
        return thread;
    }

    public Page<PostView> getPosts() {
        if (posts == null && getThread() != null) {
            posts = discussions.posts(currentMember.viewer(), thread.id(),
                    PageRequest.of(Ids.parse(page), DiscussionService.POSTS_PER_PAGE));
        }
        return posts;
    }

    public PostView.ReplyTo getReplyTarget() {
        return replyTarget;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getReplyTo() {
        return replyTo;
    }

    public void setReplyTo(String replyTo) {
        this.replyTo = replyTo;
    }

    public String getQuote() {
        return quote;
    }

    public void setQuote(String quote) {
        this.quote = quote;
    }

    public String getQuoteText() {
        return quoteText;
    }

    public void setQuoteText(String quoteText) {
        this.quoteText = quoteText;
    }

    public UploadedFiles getFiles() {
        return files;
    }

    public void setFiles(UploadedFiles files) {
        this.files = files;
    }

    public String getReplyBody() {
        return replyBody;
    }

    public void setReplyBody(String replyBody) {
        this.replyBody = replyBody;
    }
}
