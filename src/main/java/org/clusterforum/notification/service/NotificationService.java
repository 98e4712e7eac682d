package org.clusterforum.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clusterforum.account.service.AccountService;
import org.clusterforum.challenge.service.ChallengeNotice;
import org.clusterforum.discussion.service.DiscussionService;
import org.clusterforum.discussion.service.PostDeleted;
import org.clusterforum.discussion.service.PostLiked;
import org.clusterforum.discussion.service.PostPublished;
import org.clusterforum.discussion.service.PostRef;
import org.clusterforum.notification.model.Notification;
import org.clusterforum.notification.model.NotificationKind;
import org.clusterforum.notification.model.NotificationRepository;
import org.clusterforum.platform.persistence.BaseEntity;
import org.clusterforum.platform.persistence.Page;
import org.clusterforum.platform.persistence.PageRequest;
import org.clusterforum.platform.security.TrustedWrites;
import org.clusterforum.platform.security.Viewer;
import org.clusterforum.platform.space.SpaceAccess;
import org.clusterforum.platform.validation.NotFound;

/**
 * The in-app notification centre. Notifications are written by observers of discussion events inside the posting
 * or liking transaction (none lost, none without its post), at most one per member and post; likes are batched.
 * E-mail (a later feature) will read the same rows as its outbox ({@code EMAILED_AT}).
 */
@ApplicationScoped
public class NotificationService {

    public static final int PER_PAGE = 20;

    @Inject
    NotificationRepository notifications;

    @Inject
    AccountService accounts;

    @Inject
    SpaceAccess access;

    @Inject
    DiscussionService discussions;

    void onPostPublished(@Observes PostPublished event) {
        Set<Long> told = new HashSet<>(notifications.recipientsOf(event.postId(), all(event)));
        if (event.askerId() != null) {
            tell(Set.of(event.askerId()), NotificationKind.NEW_ANSWER, event, told);
        }
        tell(event.mentioned(), NotificationKind.MENTION, event, told);
        if (event.repliedToAuthorId() != null) {
            tell(Set.of(event.repliedToAuthorId()), NotificationKind.REPLY_TO_YOU, event, told);
        }
        tell(event.threadWatchers(), NotificationKind.WATCHED_REPLY, event, told);
        tell(event.spaceWatchers(), NotificationKind.WATCHED_THREAD, event, told);
    }

    /**
     * A deleted post's notifications go with it, in the same transaction: the bell's count and the list always
     * agree, and nobody is sent to a post that is gone.
     */
    void onPostDeleted(@Observes PostDeleted event) {
        notifications.deleteAbout(event.postId());
    }

    /** The author of an approved waiting post is told that everyone sees it now. */
    void onPostApproved(@Observes org.clusterforum.discussion.service.PostApproved event) {
        if (event.published() && event.authorId() != event.approverId()) {
            add(new Notification(event.authorId(), NotificationKind.POST_APPROVED, event.postId(),
                    event.approverId()));
        }
    }

    void onPostLiked(@Observes PostLiked event) {
        notifications.find(event.postAuthorId(), NotificationKind.LIKE, event.postId()).ifPresentOrElse(
                n -> n.anotherActor(event.likerId()),
                () -> add(new Notification(event.postAuthorId(), NotificationKind.LIKE,
                        event.postId(), event.likerId())));
    }

    /**
     * Challenge notices: one notification per recipient, kind and post; further comments on the same post are
     * batched into it ("3 people commented").
     */
    void onChallengeNotice(@Observes ChallengeNotice notice) {
        NotificationKind kind = NotificationKind.valueOf(notice.kind().name());
        for (Long recipient : notice.recipients()) {
            notifications.find(recipient, kind, notice.postId()).ifPresentOrElse(n -> {
                if (kind == NotificationKind.COMMENT) {
                    n.anotherActor(notice.actorId());
                }
            }, () -> add(new Notification(recipient, kind, notice.postId(), notice.actorId())));
        }
    }

    /**
     * Writes a notification. Those written by trusted bulk writes (the demo content's story) count as emailed
     * already: nobody is mailed about what happened before the forum opened.
     */
    private void add(Notification notification) {
        if (TrustedWrites.active()) {
            notification.markEmailed(BaseEntity.now());
        }
        notifications.add(notification);
    }

    private void tell(Set<Long> recipients, NotificationKind kind, PostPublished event, Set<Long> told) {
        for (Long recipient : recipients) {
            if (recipient != event.authorId() && told.add(recipient)) {
                add(new Notification(recipient, kind, event.postId(), event.authorId()));
            }
        }
    }

    private static Set<Long> all(PostPublished e) {
        Set<Long> all = new HashSet<>(e.mentioned());
        all.addAll(e.threadWatchers());
        all.addAll(e.spaceWatchers());
        if (e.repliedToAuthorId() != null) {
            all.add(e.repliedToAuthorId());
        }
        if (e.askerId() != null) {
            all.add(e.askerId());
        }
        return all;
    }

    @Transactional
    public long unreadCount(Viewer viewer) {
        return viewer.isAnonymous() ? 0 : notifications.countUnread(viewer.memberId(), access.filterFor(viewer));
    }

    /** The viewer's notifications, newest first, about posts they can still see. */
    @Transactional
    public Page<NotificationView> page(Viewer viewer, PageRequest page) {
        if (viewer.isAnonymous()) {
            return new Page<>(List.of(), 1, page.size(), 0);
        }
        List<Notification> rows = notifications.page(viewer.memberId(), access.filterFor(viewer), page.offset(), page.size());
        Map<Long, PostRef> refs = discussions.postRefs(viewer, rows.stream().map(Notification::getPostId).toList());
        Map<Long, String> names = accounts.viewersOf(rows.stream().map(Notification::getActorId).toList()).stream()
                .collect(Collectors.toMap(Viewer::memberId, Viewer::displayName, (a, b) -> a));
        List<NotificationView> views = rows.stream().filter(n -> refs.containsKey(n.getPostId()))
                .map(n -> new NotificationView(n.getId(), describe(n, names.getOrDefault(n.getActorId(),
                        "A former member"), refs.get(n.getPostId()).challenge()), refs.get(n.getPostId()).threadTitle(), n.getUpdatedAt(),
                        n.getReadAt() == null))
                .toList();
        return new Page<>(views, page.number(), page.size(), notifications.count(viewer.memberId(), access.filterFor(viewer)));
    }

    static String describe(Notification n, String actor, boolean challenge) {
        return switch (n.getKind()) {
            case NEW_ANSWER -> actor + " answered your challenge";
            case ANSWER_ACCEPTED -> actor + " accepted your answer to";
            case EXPERT_INVITED -> "You are invited as an expert to answer " + actor + "'s challenge:";
            case COMMENT -> n.getActorCount() == 1 ? actor + " commented on your post in"
                    : actor + " and " + (n.getActorCount() - 1) + " other" + (n.getActorCount() == 2 ? "" : "s")
                    + " commented on your post in";
            case CHALLENGE_SOLVED -> "Solved: " + actor + " accepted an answer to";
            case POST_APPROVED -> actor + " approved your post in";
            case WATCHED_THREAD -> actor + (challenge ? " posted a challenge:" : " started a new thread:");
            case WATCHED_REPLY -> actor + (challenge ? " answered" : " replied in");
            case MENTION -> actor + " mentioned you in";
            case REPLY_TO_YOU -> actor + " replied to your post in";
            case LIKE -> n.getActorCount() == 1 ? actor + " liked your post in"
                    : n.getActorCount() == 2 ? actor + " and 1 other liked your post in"
                    : actor + " and " + (n.getActorCount() - 1) + " others liked your post in";
        };
    }

    /** Marks one notification read and returns where it points. */
    @Transactional
    public String open(Viewer viewer, long notificationId) {
        Notification n = own(viewer, notificationId);
        n.markRead(BaseEntity.now());
        PostRef ref = discussions.postRefs(viewer, List.of(n.getPostId())).get(n.getPostId());
        if (ref == null) {
            throw new NotFound("Post");
        }
        return ref.url();
    }

    @Transactional
    public void markRead(Viewer viewer, long notificationId) {
        own(viewer, notificationId).markRead(BaseEntity.now());
    }

    private Notification own(Viewer viewer, long notificationId) {
        return notifications.find(notificationId)
                .filter(x -> !viewer.isAnonymous() && x.getRecipientId() == viewer.memberId())
                .orElseThrow(() -> new NotFound("Notification"));
    }

    @Transactional
    public int markAllRead(Viewer viewer) {
        return viewer.isAnonymous() ? 0 : notifications.markAllRead(viewer.memberId(), BaseEntity.now());
    }
}
