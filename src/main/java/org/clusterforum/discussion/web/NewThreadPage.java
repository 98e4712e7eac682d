package org.clusterforum.discussion.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.List;
import org.clusterforum.discussion.service.DiscussionService;
import org.clusterforum.discussion.service.DraftService;
import org.clusterforum.discussion.service.Place;
import org.clusterforum.platform.security.CurrentMember;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.InvalidInput;
import org.clusterforum.platform.validation.NotFound;
import org.clusterforum.platform.web.Pages;
import org.primefaces.model.file.UploadedFiles;

/** /threads/new?theme=regulation: title + rich-text opening post. Members only (web.xml constraint). */
@Named
@ViewScoped
public class NewThreadPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(NewThreadPage.class.getName());

    @Inject
    DiscussionService discussions;

    @Inject
    CurrentMember currentMember;

    @Inject
    DraftService drafts;

    private String theme;
    private String title;
    private String body;
    private List<Place> places;
    /** Set once the thread is started, so a double submit of this page does not start it twice. */
    private String started;
    private transient UploadedFiles files;

    /** GET: brings back a thread the member started writing and did not post. */
    public void load() {
        drafts.draft(currentMember.viewer(), DraftService.NEW_THREAD).ifPresent(draft -> {
            title = draft.title();
            body = draft.body().html();
            if (theme == null) {
                theme = draft.themeSlug();
            }
            Pages.notice("The thread you had not posted yet is back in the form.");
        });
    }

    /** Called as the member types: keeps the unposted thread on the server. */
    public synchronized void saveDraft() {
        if (started == null) {
            try {
                drafts.saveThreadDraft(currentMember.viewer(), title, theme, body);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Draft not saved", e); // the next keystroke saves it again
            }
        }
    }

    public synchronized void start() {
        if (started != null) {
            Pages.redirect(started);
            return;
        }
        try {
            long threadId = discussions.startThread(currentMember.viewer(), theme, title, body, Uploads.of(files));
            started = "/threads/thread?id=" + threadId;
            drafts.discard(currentMember.viewer(), DraftService.NEW_THREAD);
            Pages.info(discussions.thread(currentMember.viewer(), threadId).awaitingApproval()
                    ? "Your thread is started. It waits for a moderator's approval: others will see it once it is"
                            + " approved."
                    : "Your thread is started.");
            Pages.redirect(started);
        } catch (InvalidInput problems) {
            Pages.show(problems, "newThread");
        } catch (NotFound e) {
            Pages.show(InvalidInput.of("theme", "Choose a theme for your thread."), "newThread");
        } catch (Forbidden e) {
            Pages.error(e.getMessage());
        }
    }

    /** The themes, then the viewer's groups, where a discussion may be started. */
    public List<Place> getPlaces() {
        if (places == null) {
            places = discussions.placesToStartThreads(currentMember.viewer());
        }
        return places;
    }

    public UploadedFiles getFiles() {
        return files;
    }

    public void setFiles(UploadedFiles files) {
        this.files = files;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
