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
import org.clusterforum.platform.security.CurrentMember;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.InvalidInput;
import org.clusterforum.platform.validation.NotFound;
import org.clusterforum.platform.web.Pages;
import org.primefaces.model.file.UploadedFiles;

/**
 * What a member's thread page remembers between its requests (visitors never touch it, so their reading keeps no
 * server state): which thread and page the view shows, so that like, delete and reply postbacks act on the rows
 * that were shown; and the reply box -- the post being answered and whether this page view already posted.
 */
@Named
@ViewScoped
public class ReplyForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ReplyForm.class.getName());

    @Inject
    DiscussionService discussions;

    @Inject
    PostService posts;

    @Inject
    DraftService drafts;

    @Inject
    CurrentMember currentMember;

    private Long threadId;
    private Integer page;
    private String body;
    private PostView.ReplyTo target;
    private String replied;
    private transient UploadedFiles files;

    /**
     * Called when a member is shown the page: the thread and page shown, the text to start the reply from and the
     * post being answered, if any.
     */
    void start(long threadId, Integer page, String body, PostView.ReplyTo target) {
        this.threadId = threadId;
        this.page = page;
        this.body = body;
        this.target = target;
    }

    /** The thread this view shows, for postbacks (null before the page was shown to a member). */
    Long threadId() {
        return threadId;
    }

    /** The page of posts this view shows, for postbacks. */
    Integer page() {
        return page;
    }

    /**
     * Posts the reply once: a double click or a resubmitted form of the same page view does not post it twice
     * (this view-scoped bean remembers that the view already posted).
     */
    public synchronized void reply() {
        if (replied != null) {
            Pages.redirect(replied);
            return;
        }
        if (threadId == null) {
            Pages.error("This page has expired. Open the thread again to reply; your draft is kept.");
            return;
        }
        try {
            PostLocation location = discussions.reply(currentMember.viewer(), threadId, body,
                    target == null ? null : target.postId(), Uploads.of(files));
            replied = location.url();
            drafts.discard(currentMember.viewer(), DraftService.replyPlace(threadId));
            Pages.info(posts.summary(currentMember.viewer(), location.postId()).awaitingApproval()
                    ? "Your reply is posted. It waits for a moderator's approval: others will see it once it is"
                            + " approved."
                    : "Your reply is posted.");
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
        if (replied == null && threadId != null) {
            try {
                drafts.saveReplyDraft(currentMember.viewer(), threadId, body);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Draft not saved", e); // the next keystroke saves it again
            }
        }
    }

    /** Stops answering a particular post; the text typed so far stays. */
    public void cancelReplyTo() {
        target = null;
    }

    public PostView.ReplyTo getTarget() {
        return target;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public UploadedFiles getFiles() {
        return files;
    }

    public void setFiles(UploadedFiles files) {
        this.files = files;
    }
}
