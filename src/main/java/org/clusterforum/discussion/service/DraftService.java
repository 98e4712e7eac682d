package org.clusterforum.discussion.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.clusterforum.account.service.AccountService;
import org.clusterforum.discussion.model.Draft;
import org.clusterforum.discussion.model.DraftRepository;
import org.clusterforum.platform.richtext.RichText;
import org.clusterforum.platform.richtext.RichTextPolicy;
import org.clusterforum.platform.security.Viewer;
import org.clusterforum.platform.validation.Texts;

/**
 * Server-side drafts, so text being written survives a validation error, a closed tab or an accidental click
 * away. One draft per member and place; posting discards it.
 */
@ApplicationScoped
public class DraftService {

    public static final String NEW_THREAD = "new-thread";

    @Inject
    DraftRepository drafts;

    @Inject
    AccountService accounts;

    @Inject
    DiscussionService discussions;

    public static String replyPlace(long threadId) {
        return "reply-" + threadId;
    }

    /** Saves what the member is writing in a thread's reply box (only a thread they may reply in). */
    @Transactional
    public void saveReplyDraft(Viewer viewer, long threadId, String untrustedHtml) {
        if (viewer.isAnonymous() || !discussions.thread(viewer, threadId).viewerMayReply()) {
            return;
        }
        save(viewer, replyPlace(threadId), null, null, untrustedHtml);
    }

    /** Saves what the member is writing in the new-thread form. */
    @Transactional
    public void saveThreadDraft(Viewer viewer, String title, String themeSlug, String untrustedHtml) {
        if (viewer.isAnonymous()) {
            return;
        }
        String cleanTitle = Texts.clean(title);
        save(viewer, NEW_THREAD, cleanTitle.length() > 200 ? cleanTitle.substring(0, 200) : cleanTitle,
                themeSlug != null && themeSlug.length() <= 80 ? themeSlug : null, untrustedHtml);
    }

    @Transactional
    public Optional<DraftText> draft(Viewer viewer, String place) {
        if (viewer.isAnonymous()) {
            return Optional.empty();
        }
        return drafts.find(viewer.memberId(), place)
                .map(d -> new DraftText(d.getTitle(), d.getSpaceSlug(), d.getBody(), d.getUpdatedAt()));
    }

    @Transactional
    public void discard(Viewer viewer, String place) {
        if (!viewer.isAnonymous()) {
            drafts.delete(viewer.memberId(), place);
        }
    }

    private void save(Viewer viewer, String place, String title, String themeSlug, String untrustedHtml) {
        if (untrustedHtml != null && untrustedHtml.length() > DiscussionService.MAX_BODY_HTML * 2) {
            return; // the post itself will be refused as too long; no point keeping a draft of it
        }
        RichText body = RichTextPolicy.sanitize(untrustedHtml);
        Optional<Draft> existing = drafts.find(viewer.memberId(), place);
        if (body.isBlank() && (title == null || title.isEmpty())) {
            existing.ifPresent(d -> drafts.delete(viewer.memberId(), place));
            return;
        }
        Draft draft = existing.orElseGet(() -> {
            Draft created = new Draft(accounts.activeMember(viewer), place);
            drafts.add(created);
            return created;
        });
        draft.write(title, themeSlug, body);
    }
}
