package org.clusterforum.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import org.clusterforum.platform.persistence.BaseEntity;
import org.clusterforum.platform.persistence.Page;
import org.clusterforum.platform.persistence.PageRequest;
import org.clusterforum.platform.security.Permission;
import org.clusterforum.platform.security.Viewer;
import org.clusterforum.platform.space.PrivateSpaceOpened;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.Texts;

/**
 * The audit log. Every moderator and administrator action calls {@link #record} inside the transaction that
 * makes the change, so an action is logged exactly when it happens (a rolled-back action leaves no entry).
 * Entries are read by moderators and administrators only; there is no way to change or remove one.
 */
@ApplicationScoped
public class AuditTrail {

    public static final int ENTRIES_PER_PAGE = 50;

    /** A moderator reading a members-only space is logged once an hour per space, not on every page. */
    static final Duration VIEW_INTERVAL = Duration.ofHours(1);

    @Inject
    AuditRepository entries;

    /** Records an action by a signed-in member of staff. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Viewer actor, AuditAction action, AuditTarget target, String reason) {
        entries.add(new AuditEntry(BaseEntity.now(), actor.memberId(), actor.displayName(), action, target, reason));
    }

    /** Staff opening members-only content: logged once an hour per member of staff and space. */
    @Transactional
    void privateSpaceOpened(@Observes PrivateSpaceOpened opened) {
        var now = BaseEntity.now();
        if (!entries.recorded(opened.staffMemberId(), AuditAction.VIEW_PRIVATE, "space", opened.spaceId(),
                now.minus(VIEW_INTERVAL))) {
            entries.add(new AuditEntry(now, opened.staffMemberId(), opened.staffName(), AuditAction.VIEW_PRIVATE,
                    new AuditTarget("space", opened.spaceId(), opened.spaceName(), opened.spaceAddress()),
                    "Opened " + opened.what()));
        }
    }

    /** One page of the log, newest first, optionally narrowed to an action and a text. Staff only. */
    @Transactional
    public Page<AuditEntryView> log(Viewer viewer, AuditAction action, String text, PageRequest requested) {
        requireStaff(viewer);
        String search = Texts.clean(text);
        long total = entries.count(action, search);
        PageRequest page = requested.within(total);
        List<AuditEntryView> items = entries.page(action, search, page.offset(), page.size()).stream()
                .map(AuditEntryView::of).toList();
        return new Page<>(items, page.number(), page.size(), total);
    }

    /** The latest entries about one item (a member's sanctions, a thread's tools), newest first. Staff only. */
    @Transactional
    public List<AuditEntryView> about(Viewer viewer, String targetKind, long targetId, int limit) {
        requireStaff(viewer);
        return entries.about(targetKind, targetId, limit).stream().map(AuditEntryView::of).toList();
    }

    private static void requireStaff(Viewer viewer) {
        if (!viewer.can(Permission.MODERATE)) {
            throw new Forbidden("Only moderators and administrators can read the audit log.");
        }
    }
}
