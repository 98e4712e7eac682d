package org.clusterforum.discussion.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.clusterforum.account.model.Member;
import org.clusterforum.account.service.AccountService;
import org.clusterforum.discussion.model.AttachmentRepository;
import org.clusterforum.discussion.model.ForumThread;
import org.clusterforum.discussion.model.Post;
import org.clusterforum.discussion.model.PostRepository;
import org.clusterforum.discussion.model.PostRow;
import org.clusterforum.discussion.model.ThemeHead;
import org.clusterforum.discussion.model.ThreadHead;
import org.clusterforum.discussion.model.Theme;
import org.clusterforum.discussion.model.ThemeRepository;
import org.clusterforum.discussion.model.ReadRepository;
import org.clusterforum.discussion.model.ThreadRepository;
import org.clusterforum.discussion.model.Watch;
import org.clusterforum.discussion.model.WatchRepository;
import org.clusterforum.discussion.model.ThreadRow;
import org.clusterforum.discussion.model.ThreadKind;
import org.clusterforum.platform.config.SiteSettings;
import org.clusterforum.platform.persistence.BaseEntity;
import org.clusterforum.platform.persistence.Page;
import org.clusterforum.platform.persistence.PageRequest;
import org.clusterforum.platform.richtext.RichText;
import org.clusterforum.platform.richtext.RichTextPolicy;
import org.clusterforum.platform.security.Permission;
import org.clusterforum.platform.security.TrustedWrites;
import org.clusterforum.platform.security.Viewer;
import org.clusterforum.platform.space.Space;
import org.clusterforum.platform.space.SpaceAccess;
import org.clusterforum.platform.space.SpaceRepository;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.InvalidInput;
import org.clusterforum.platform.validation.NotFound;
import org.clusterforum.platform.validation.Texts;
import org.clusterforum.platform.watchwords.WatchedWord;
import org.clusterforum.platform.watchwords.WatchedWords;
import org.clusterforum.platform.watchwords.WordCheck;

/**
 * Themed discussions: reading themes and threads, starting threads and replying. Every method takes the
 * {@link Viewer} and asks {@link SpaceAccess} before reading or writing.
 */
@ApplicationScoped
public class DiscussionService {

    private static final Logger LOG = Logger.getLogger(DiscussionService.class.getName());

    public static final int THREADS_PER_PAGE = 25;
    public static final int POSTS_PER_PAGE = 20;
    /** Visible text of one post, in characters. */
    public static final int MAX_BODY_TEXT = 20_000;
    /** Stored HTML of one post: generous for formatting, bounded for the database. */
    public static final int MAX_BODY_HTML = 100_000;
    /** How long a thread a member never opened counts as new to them. */
    public static final Duration NEW_THREAD_WINDOW = Duration.ofDays(14);

    @Inject
    ThemeRepository themes;

    @Inject
    ThreadRepository threads;

    @Inject
    PostRepository posts;

    @Inject
    AccountService accounts;

    @Inject
    SpaceAccess access;

    @Inject
    SiteSettings settings;

    @Inject
    Event<PostAwaitingApproval> awaiting;

    @Inject
    ReadRepository reads;

    @Inject
    WatchRepository watches;

    @Inject
    Attachments files;

    @Inject
    AttachmentRepository attachmentRows;

    @Inject
    ReadMarks readMarks;

    @Inject
    SpaceRepository spaces;

    @Inject
    Event<PostPublished> published;

    @Inject
    Event<PostFlagged> flagged;

    @Inject
    WatchedWords watchedWords;

    @Inject
    ThemeAdministration themeAdministration;

    @Transactional
    public List<ThemeSummary> themes(Viewer viewer) {
        List<Theme> all = ThemeAdministration.treeOrder(themes.findAllOrdered()).stream()
                .filter(t -> access.canSee(viewer, t)).toList();
        List<Long> lastIds = all.stream().map(Theme::getLastThreadId).filter(id -> id != null).toList();
        Map<Long, ThreadRow> last = threads.findRows(lastIds).stream()
                .collect(Collectors.toMap(ThreadRow::id, Function.identity()));
        Map<Long, Long> unread = viewer.isAnonymous() ? Map.of()
                : reads.unreadThreadsPerSpace(viewer.memberId(), newSince(viewer));
        return all.stream().map(t -> {
            ThreadRow row = t.getLastThreadId() == null ? null : last.get(t.getLastThreadId());
            return new ThemeSummary(t.getId(), t.getName(), t.getSlug(), t.getDescription(), t.getThreadCount(),
                    t.getPostCount(), t.getLastActivityAt(), row == null ? null : row.id(),
                    row == null ? null : row.title(), unread.getOrDefault(t.getId(), 0L),
                    t.getParent() == null ? null : t.getParent().getName(), t.isArchived());
        }).toList();
    }

    /**
     * A theme's page: the theme, whether the viewer watches it, and one page of its threads (three statements); a
     * page beyond the last shows the last.
     */
    @Transactional
    public ThemePageView themePage(Viewer viewer, String slug, PageRequest requested) {
        ThemeHead head = themes.head(slug == null ? "" : slug, viewer.memberId())
                .filter(h -> access.canSee(viewer, h.theme()))
                .orElseThrow(() -> new NotFound("Theme"));
        Theme theme = head.theme();
        PageRequest page = requested.within(theme.getThreadCount());
        Instant since = newSince(viewer);
        List<ThreadItem> items = threads.pageBySpace(theme, page.offset(), page.size(), viewer.memberId()).stream()
                .map(r -> threadItem(viewer, r, since)).toList();
        return new ThemePageView(themeView(theme), head.watching(),
                new Page<>(items, page.number(), page.size(), theme.getThreadCount()));
    }

    /**
     * A theme's newest threads, newest first, with the start of their opening posts (for its Atom feed): what this
     * viewer may read, so a visitor's feed has public themes only.
     */
    @Transactional
    public NewestThreads newestThreads(Viewer viewer, String slug, int limit) {
        Theme theme = themes.findBySlug(slug == null ? "" : slug.strip()).filter(t -> access.canSee(viewer, t))
                .orElseThrow(() -> new NotFound("Theme"));
        List<ThreadRow> rows = threads.newestInSpace(theme, limit);
        Map<Long, String> texts = threads.openingTexts(rows.stream().map(ThreadRow::id).toList());
        return new NewestThreads(themeView(theme), rows.stream().map(r -> new NewestThreads.Entry(r.id(), r.title(),
                r.authorName(), r.createdAt(), r.lastActivityAt(), "/threads/thread?id=" + r.id(),
                texts.getOrDefault(r.id(), ""))).toList());
    }

    @Transactional
    public Page<ThreadItem> threadsOf(Viewer viewer, String slug, PageRequest page) {
        return themePage(viewer, slug, page).threads();
    }

    private static ThemeView themeView(Theme t) {
        Theme parent = t.getParent();
        return new ThemeView(t.getId(), t.getName(), t.getSlug(), t.getDescription(), t.getThreadCount(),
                parent == null ? null : parent.getName(), parent == null ? null : parent.getSlug(), t.isArchived());
    }

    /**
     * Threads started after this (and after the viewer joined) that they never opened count as new; older
     * ones do not flood a new member, and "new" does not last for ever.
     */
    private static Instant newSince(Viewer viewer) {
        Instant window = BaseEntity.now().minus(NEW_THREAD_WINDOW);
        Instant joined = viewer.joinedAt();
        if (joined == null) {
            return BaseEntity.now();
        }
        return joined.isAfter(window) ? joined : window;
    }

    private static ThreadItem threadItem(Viewer viewer, ThreadRow r, Instant newSince) {
        Integer lastRead = r.readerPosition();
        boolean isNew = !viewer.isAnonymous() && lastRead == null && r.createdAt().isAfter(newSince)
                && !viewer.is(r.authorId());
        int unread = lastRead != null ? Math.max(0, r.positionCount() - lastRead) : isNew ? r.positionCount() : 0;
        int firstUnread = lastRead != null && unread > 0 ? lastRead + 1 : 1;
        String url = unread > 0 && firstUnread > 1
                ? locate(r.id(), 0, firstUnread).url() : "/threads/thread?id=" + r.id();
        return new ThreadItem(r.id(), r.title(), r.authorId(), r.authorName(), r.replyCount(), r.createdAt(),
                r.lastActivityAt(), r.lastPosterName(), r.pinned(), r.locked(), unread, isNew, url);
    }

    /**
     * Remembers that the viewer has seen the thread up to {@code position} (never moving the mark back). The
     * mark is written in its own transaction: a lost race between two tabs must not spoil the page being shown.
     */
    @Transactional
    public void markRead(Viewer viewer, long threadId, int position) {
        if (viewer.isAnonymous()) {
            return;
        }
        ThreadHead head = visibleHead(viewer, threadId);
        advanceReadMark(viewer, head, Math.min(position, head.thread().getPositionCount()));
    }

    /** Marks every thread of a theme as read for the viewer. */
    @Transactional
    public int markThemeRead(Viewer viewer, String slug) {
        Theme theme = visibleTheme(viewer, slug);
        return reads.markSpaceRead(currentMember(viewer), theme.getId());
    }

    @Transactional
    public ThreadView thread(Viewer viewer, long threadId) {
        return threadView(viewer, visibleHead(viewer, threadId));
    }

    @Transactional
    public Page<PostView> posts(Viewer viewer, long threadId, PageRequest page) {
        return postsOf(viewer, visibleHead(viewer, threadId), page);
    }

    /**
     * Everything a thread page shows, in two statements (three when the page has attachments); a page beyond the
     * last shows the last. Moves a member's read mark to the last post shown when that is further than before
     * (one more statement).
     */
    @Transactional
    public ThreadPageView threadPage(Viewer viewer, long threadId, PageRequest page) {
        ThreadHead head = visibleHead(viewer, threadId);
        Page<PostView> shown = postsOf(viewer, head, page);
        if (!shown.items().isEmpty()) {
            advanceReadMark(viewer, head, shown.items().getLast().position());
        }
        return new ThreadPageView(threadView(viewer, head), shown, head.hasDraft());
    }

    private void advanceReadMark(Viewer viewer, ThreadHead head, int upTo) {
        Integer known = head.lastReadPosition();
        if (viewer.isAnonymous() || (known != null && known >= upTo)) {
            return;
        }
        try {
            readMarks.advance(viewer.memberId(), head.thread().getId(), known != null, upTo);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Read mark not saved (another request saved it)", e);
        }
    }

    private ThreadView threadView(Viewer viewer, ThreadHead head) {
        ForumThread t = head.thread();
        Space space = head.space();
        return new ThreadView(t.getId(), t.getTitle(), head.authorId(), head.authorName(), space.getName(),
                space.getSlug(), t.getPostCount(), t.getReplyCount(), t.getCreatedAt(), t.isPinned(), t.isLocked(),
                !t.isDeleted() && access.canReply(viewer, space, t.isLocked()), head.watching(), t.getKind() == ThreadKind.CHALLENGE,
                space.address(), space.hasMembers(), t.getPinnedUntil(), t.getLockReason(), t.isDeleted(),
                t.getDeleteReason(), access.canModerate(viewer, space), t.getSlowModeSeconds(),
                t.isAwaitingApproval(), space.isArchived(), t.getPositionCount());
    }

    private Page<PostView> postsOf(Viewer viewer, ThreadHead head, PageRequest requested) {
        ForumThread t = head.thread();
        PageRequest page = requested.within(t.getPositionCount());
        boolean moderator = access.canModerate(viewer, head.space());
        int from = page.offset() + 1;
        List<PostRow> rows = posts.rowsOfThread(t.getId(), from, from + page.size() - 1, viewer.memberId());
        List<Long> withFiles = rows.stream().filter(r -> r.attachmentCount() > 0 && (!r.deleted() || moderator))
                .map(PostRow::id).toList();
        Map<Long, List<AttachmentView>> attachedTo = withFiles.isEmpty() ? Map.of()
                : attachmentRows.ofPosts(withFiles).stream().collect(Collectors.groupingBy(a -> a.getPost().getId(),
                        Collectors.mapping(Attachments::view, Collectors.toList())));
        List<PostView> items = rows.stream()
                .filter(r -> !r.awaitingApproval() || moderator || viewer.is(r.authorId())) // others never see it
                .map(r -> toView(viewer, head, r, moderator, attachedTo.getOrDefault(r.id(), List.of()))).toList();
        return new Page<>(items, page.number(), page.size(), t.getPositionCount());
    }

    /** Starts a thread with its opening post; returns the new thread's id. */
    @Transactional
    public long startThread(Viewer viewer, String themeSlug, String title, String untrustedHtml) {
        return startThread(viewer, themeSlug, title, untrustedHtml, List.of());
    }

    /**
     * Starts a thread with its opening post and attached files in a theme or a group ({@code themeSlug} is the
     * space's address); returns the new thread's id.
     */
    @Transactional
    public long startThread(Viewer viewer, String themeSlug, String title, String untrustedHtml,
                            List<Upload> uploads) {
        Space space = discussionSpace(viewer, themeSlug);
        return startThreadIn(viewer, space, ThreadKind.DISCUSSION, title, untrustedHtml, uploads,
                new InvalidInput.Collector()).threadId();
    }

    /**
     * Starts a thread of any kind in a space the caller found (challenges start theirs on the challenge board):
     * checks that the viewer may start threads there, adds title, body and file problems to {@code problems}
     * (which may already hold the caller's own) and throws them all together, or starts the thread.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public StartedThread startThreadIn(Viewer viewer, Space space, ThreadKind kind, String title,
                                       String untrustedHtml, List<Upload> uploads, InvalidInput.Collector problems) {
        if (!access.canStartThread(viewer, space)) {
            throw new Forbidden(viewer.isAnonymous() || !space.hasMembers() ? "Sign in to start a thread."
                    : "Join the group to start a discussion in it.");
        }
        String cleanTitle = checkedTitle(title, problems);
        RichText body = checkedBody(untrustedHtml, problems);
        WordCheck words = watchedWords(viewer, space, cleanTitle, body, problems);
        List<Attachments.Checked> attached = files.check(uploads, problems);
        problems.throwIfAny();

        Member author = currentMember(viewer);
        Mentioned mentioned = linkMentions(body);
        Instant now = BaseEntity.now();
        // before the post exists (it would count as an approved post); a challenge waits like a discussion
        boolean waits = words.holdsForApproval() || needsApproval(viewer, space);
        ForumThread thread = threads.add(new ForumThread(space, author, cleanTitle, kind));
        int position = thread.append(author, now);
        Post post = posts.add(new Post(thread, author, position, mentioned.body(), null));
        files.attach(post, author, attached);
        watches.add(Watch.ofThread(author, thread));
        if (waits) {
            thread.awaitApproval(now);
            post.awaitApproval(now);
            awaiting.fire(new PostAwaitingApproval(post.getId(), space.getId(),
                    words.holdsForApproval() ? words.reviewNote() : null));
            return new StartedThread(thread.getId(), post.getId());
        }
        flagIfWatched(words, post.getId(), space);
        themes.countNewThread(space.getId(), thread.getId(), now);
        countOnProfile(space, author);
        publish(thread, post, null, mentioned.memberIds(), true);
        return new StartedThread(thread.getId(), post.getId());
    }

    /** A title's problems (empty, too short or long, unprintable) go to {@code problems}; returns it cleaned. */
    public String checkedTitle(String title, InvalidInput.Collector problems) {
        String cleanTitle = Texts.clean(title);
        if (cleanTitle.isEmpty()) {
            problems.add("title", "Enter a title for your thread.");
        } else if (Texts.length(cleanTitle) < ForumThread.MIN_TITLE) {
            problems.add("title", "Make the title at least " + ForumThread.MIN_TITLE + " characters long.");
        } else if (Texts.length(cleanTitle) > ForumThread.MAX_TITLE) {
            problems.add("title", "Shorten the title to " + ForumThread.MAX_TITLE + " characters or fewer (it has "
                    + Texts.length(cleanTitle) + ").");
        } else if (Texts.hasControlCharacters(cleanTitle)) {
            problems.add("title", "The title contains characters that cannot be shown.");
        }
        return cleanTitle;
    }

    /**
     * Gives a thread a new title: its author or a moderator (challenges are retitled when edited).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void retitleThread(Viewer viewer, long threadId, String title, InvalidInput.Collector problems) {
        ForumThread thread = visibleThread(viewer, threadId);
        if (!access.canEditPost(viewer, thread.getSpace(), thread.getAuthor().getId())) {
            throw new Forbidden("You can only edit your own posts.");
        }
        String cleanTitle = checkedTitle(title, problems);
        WordCheck words = cleanTitle.equals(thread.getTitle()) ? WordCheck.NONE
                : watchedWords(viewer, thread.getSpace(), cleanTitle, null, problems);
        problems.throwIfAny();
        if (words.wantsReview()) {
            flagIfWatched(words, posts.openingPostOf(thread.getId()).getId(), thread.getSpace());
        }
        if (!cleanTitle.equals(thread.getTitle())) {
            thread.retitle(cleanTitle);
        }
    }

    /** Appends a reply to a thread; concurrent replies are serialised on the thread's row. */
    @Transactional
    public PostLocation reply(Viewer viewer, long threadId, String untrustedHtml) {
        return reply(viewer, threadId, untrustedHtml, null);
    }

    /**
     * Appends a reply, optionally answering a specific post of the same thread ({@code replyToPostId}); concurrent
     * replies are serialised on the thread's row, so positions and counts stay exact.
     */
    @Transactional
    public PostLocation reply(Viewer viewer, long threadId, String untrustedHtml, Long replyToPostId) {
        return reply(viewer, threadId, untrustedHtml, replyToPostId, List.of());
    }

    /** Appends a reply with attached files (see {@link #reply(Viewer, long, String, Long)}). */
    @Transactional
    public PostLocation reply(Viewer viewer, long threadId, String untrustedHtml, Long replyToPostId,
                              List<Upload> uploads) {
        return append(viewer, threadId, untrustedHtml, replyToPostId, uploads, new InvalidInput.Collector());
    }

    /**
     * Appends a post to a thread of any kind (challenges append their answers here), adding body and file problems
     * to {@code problems} (which may hold the caller's own) and throwing them together. Concurrent posts are
     * serialised on the thread's row.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PostLocation appendPost(Viewer viewer, long threadId, String untrustedHtml, List<Upload> uploads,
                                   InvalidInput.Collector problems) {
        return append(viewer, threadId, untrustedHtml, null, uploads, problems);
    }

    private PostLocation append(Viewer viewer, long threadId, String untrustedHtml, Long replyToPostId,
                                List<Upload> uploads, InvalidInput.Collector problems) {
        ForumThread visible = visibleThread(viewer, threadId);
        if (visible.isDeleted()) {
            throw new Forbidden("This thread is deleted: restore it before replying.");
        }
        if (!access.canReply(viewer, visible.getSpace(), visible.isLocked())) {
            throw new Forbidden(visible.isLocked() ? "This thread is locked: no new replies."
                    : viewer.isAnonymous() || !visible.getSpace().hasMembers() ? "Sign in to reply."
                    : "Join the group to reply.");
        }
        RichText body = checkedBody(untrustedHtml, problems);
        WordCheck words = watchedWords(viewer, visible.getSpace(), null, body, problems);
        checkPace(viewer, visible, problems);
        Post replyTo = null;
        if (replyToPostId != null) {
            replyTo = posts.find(replyToPostId)
                    .filter(p -> p.getThread().getId().equals(visible.getId()) && !p.isDeleted())
                    .orElse(null);
            if (replyTo == null) {
                problems.add(InvalidInput.GLOBAL, "The post you were replying to is no longer available.");
            }
        }
        List<Attachments.Checked> attached = files.check(uploads, problems);
        problems.throwIfAny();

        Member author = currentMember(viewer);
        Mentioned mentioned = linkMentions(body);
        ForumThread thread = threads.findForAppend(threadId).orElseThrow(() -> new NotFound("Thread"));
        Instant now = BaseEntity.now();
        boolean waits = words.holdsForApproval() || needsApproval(viewer, thread.getSpace());
        int position = waits ? thread.appendAwaiting() : thread.append(author, now);
        if (!waits && thread.isListed()) {
            // counters before the new post: a thread page being read holds its posts' authors while it waits for
            // the new post, so writing the post first and then its author's count would wait for each other
            themes.countReply(thread.getSpace().getId(), thread.getId(), now);
            countOnProfile(thread.getSpace(), author);
        }
        Post post = posts.add(new Post(thread, author, position, mentioned.body(), replyTo));
        files.attach(post, author, attached);
        if (!watches.watchesThread(author.getId(), thread.getId())) {
            watches.add(Watch.ofThread(author, thread));
        }
        if (waits) {
            post.awaitApproval(now);
            awaiting.fire(new PostAwaitingApproval(post.getId(), thread.getSpace().getId(),
                    words.holdsForApproval() ? words.reviewNote() : null));
            return locate(thread.getId(), post.getId(), position);
        }
        flagIfWatched(words, post.getId(), thread.getSpace());
        publish(thread, post, replyTo, mentioned.memberIds(), true);
        return locate(thread.getId(), post.getId(), position);
    }

    /** Whether this post (just written in the caller's transaction, or any other) waits for a moderator. */
    @Transactional
    public boolean awaitsApproval(long postId) {
        return posts.find(postId).map(Post::isAwaitingApproval).orElse(false);
    }

    /**
     * A new member's first posts wait for approval (the site setting; 0: never). Staff, experts, the space's
     * moderators (a group's owners) and members with enough approved posts do not wait.
     */
    boolean needsApproval(Viewer viewer, Space space) {
        if (TrustedWrites.active()) {
            return false;
        }
        int first = settings.newMemberApprovals();
        if (first == 0 || viewer.can(Permission.MODERATE) || viewer.can(Permission.ANSWER_AS_EXPERT)
                || access.canModerate(viewer, space)) { // experts were vetted by an administrator
            return false;
        }
        return !posts.hasApprovedPosts(viewer.memberId(), first);
    }

    /** Notifies about an approved post as if it had just been posted (mentions, replies, watchers). */
    void publishApproved(ForumThread thread, Post post) {
        publish(thread, post, post.getReplyTo(), Mentions.linkedMemberIds(post.getBody().html()), true);
    }

    /**
     * A profile's post count is public, so it counts posts in spaces everyone may read only: posting in a private
     * group must not show on a profile.
     */
    private void countOnProfile(Space space, Member author) {
        if (space.isPublic()) {
            accounts.countPost(author.getId());
        }
    }

    /** A post body with its @mentions linked, and the members it mentions. */
    record Mentioned(RichText body, Set<Long> memberIds) {
    }

    /** Links @handles of existing members to their profiles (the result is sanitised again). */
    Mentioned linkMentions(RichText body) {
        Set<String> handles = Mentions.find(body.html());
        if (handles.isEmpty()) {
            return new Mentioned(body, Set.of());
        }
        Map<String, Long> known = accounts.membersByHandle(handles);
        if (known.isEmpty()) {
            return new Mentioned(body, Set.of());
        }
        return new Mentioned(RichTextPolicy.sanitize(Mentions.link(body.html(), known)), Set.copyOf(known.values()));
    }

    /**
     * Tells observers (notifications) that a post is out, naming only members who may see it: the visibility
     * rule is applied here, where the space is known.
     */
    void publish(ForumThread thread, Post post, Post replyTo, Set<Long> mentionedIds, boolean newPost) {
        long authorId = post.getAuthor().getId();
        Set<Long> everyone = new java.util.HashSet<>(mentionedIds);
        Set<Long> threadWatchers = !newPost || post.isOpeningPost() ? Set.of()
                : watches.threadWatchers(thread.getId());
        Set<Long> spaceWatchers = newPost && post.isOpeningPost()
                ? watches.spaceWatchers(thread.getSpace().getId()) : Set.of();
        everyone.addAll(threadWatchers);
        everyone.addAll(spaceWatchers);
        Long repliedTo = replyTo == null ? null : replyTo.getAuthor().getId();
        if (repliedTo != null) {
            everyone.add(repliedTo);
        }
        Long asker = newPost && !post.isOpeningPost() && thread.getKind() == ThreadKind.CHALLENGE
                ? thread.getAuthor().getId() : null;
        if (asker != null) {
            everyone.add(asker);
        }
        everyone.remove(authorId);
        Set<Long> mayRead = accounts.viewersOf(everyone).stream()
                .filter(v -> access.canSee(v, thread.getSpace())).map(Viewer::memberId)
                .collect(Collectors.toSet());
        published.fire(new PostPublished(post.getId(), thread.getId(), authorId, post.isOpeningPost(),
                repliedTo != null && mayRead.contains(repliedTo) ? repliedTo : null,
                only(mentionedIds, mayRead), only(threadWatchers, mayRead), only(spaceWatchers, mayRead),
                asker != null && mayRead.contains(asker) ? asker : null, thread.getKind() == ThreadKind.CHALLENGE));
    }

    private static Set<Long> only(Set<Long> ids, Set<Long> allowed) {
        return ids.stream().filter(allowed::contains).collect(Collectors.toUnmodifiableSet());
    }

    @Transactional
    public void watchThread(Viewer viewer, long threadId, boolean watch) {
        ForumThread thread = visibleThread(viewer, threadId);
        Member member = currentMember(viewer);
        boolean watching = watches.watchesThread(member.getId(), threadId);
        if (watch && !watching) {
            watches.add(Watch.ofThread(member, thread));
        } else if (!watch && watching) {
            watches.removeThread(member.getId(), threadId);
        }
    }

    @Transactional
    public void watchTheme(Viewer viewer, String slug, boolean watch) {
        Theme theme = visibleTheme(viewer, slug);
        Member member = currentMember(viewer);
        boolean watching = watches.watchesSpace(member.getId(), theme.getId());
        if (watch && !watching) {
            watches.add(Watch.ofSpace(member, theme));
        } else if (!watch && watching) {
            watches.removeSpace(member.getId(), theme.getId());
        }
    }

    /** What notifications need to name posts: only posts the viewer may still see (deleted ones drop out). */
    @Transactional
    public Map<Long, PostRef> postRefs(Viewer viewer, java.util.Collection<Long> postIds) {
        Map<Long, PostRef> refs = new java.util.HashMap<>();
        for (Long id : postIds) {
            posts.find(id).filter(p -> !p.isDeleted() && p.getThread().isListed() && !p.isAwaitingApproval()
                            && access.canSee(viewer, p.getThread().getSpace()))
                    .ifPresent(p -> refs.put(id, new PostRef(id, p.getThread().getTitle(),
                            locate(p.getThread().getId(), id, p.getPosition()).url(),
                            p.getThread().getKind() == ThreadKind.CHALLENGE, p.getBody().excerpt(600))));
        }
        return refs;
    }

    /** A member's latest posts that the viewer may see, newest first, for their profile. */
    @Transactional
    public List<RecentPost> recentPostsOf(Viewer viewer, long memberId, int limit) {
        return posts.recentByAuthor(memberId, limit, access.filterFor(viewer)).stream()
                .map(r -> new RecentPost(r.threadTitle(), r.createdAt(), locate(r.threadId(), r.postId(), r.position()).url()))
                .toList();
    }

    /** A theme the viewer may see, by its address (challenges relate to a theme). */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.Optional<ThemeView> theme(Viewer viewer, String slug) {
        return themes.findBySlug(slug == null ? "" : slug).filter(t -> access.canSee(viewer, t))
                .map(DiscussionService::themeView);
    }

    /** Members who watch a thread and may still see it (challenges tell them when it is solved). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<Long> watchersOf(long threadId) {
        ForumThread thread = threads.find(threadId).orElseThrow(() -> new NotFound("Thread"));
        return accounts.viewersOf(watches.threadWatchers(threadId)).stream()
                .filter(v -> access.canSee(v, thread.getSpace())).map(Viewer::memberId)
                .collect(Collectors.toSet());
    }

    /** When each of these members last posted: a sign of recent activity (expert matching). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<Long, Instant> lastPostedAt(java.util.Collection<Long> memberIds) {
        return posts.lastPostedAt(memberIds);
    }

    /**
     * The files attached to these posts, for a feature that shows posts on its own page (challenges) and has
     * checked that the viewer may see them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<Long, List<AttachmentView>> attachmentsOf(java.util.Collection<Long> postIds) {
        if (postIds.isEmpty()) {
            return Map.of();
        }
        return attachmentRows.ofPosts(postIds).stream().collect(Collectors.groupingBy(
                a -> a.getPost().getId(), Collectors.mapping(Attachments::view, Collectors.toList())));
    }

    static PostLocation locate(long threadId, long postId, int position) {
        return new PostLocation(threadId, postId, position, (position - 1) / POSTS_PER_PAGE + 1);
    }

    /**
     * Asks the watched words about a title and body being written in {@code space}: a blocked word adds its
     * message to the field it is in (so the writer keeps the text and sees why); otherwise returns what the words
     * ask for. Those who moderate the space are only ever blocked, never held or flagged.
     */
    WordCheck watchedWords(Viewer viewer, Space space, String title, RichText body, InvalidInput.Collector problems) {
        if (TrustedWrites.active()) {
            return WordCheck.NONE;
        }
        WordCheck words = watchedWords.check(title, body == null ? null : body.text());
        if (words.blocks()) {
            boolean inTitle = title != null && WatchedWord.pattern(words.word()).matcher(title).find();
            problems.add(inTitle ? "title" : "body", words.blockedMessage());
            return words;
        }
        if (viewer.can(Permission.MODERATE) || access.canModerate(viewer, space)) {
            return WordCheck.NONE;
        }
        return words;
    }

    /** A published text with a watched word to flag (or one that would be held, where nothing is held) is queued. */
    void flagIfWatched(WordCheck words, long postId, Space space) {
        if (words.wantsReview()) {
            flagged.fire(new PostFlagged(postId, space.getId(), words.reviewNote()));
        }
    }

    /** Sanitises a post body and adds a message for an empty or too long one. */
    public RichText checkedBody(String untrustedHtml, InvalidInput.Collector problems) {
        if (untrustedHtml != null && untrustedHtml.length() > MAX_BODY_HTML * 2) {
            problems.add("body", "Your post is too long. Shorten it to " + MAX_BODY_TEXT + " characters or fewer.");
            return null;
        }
        RichText body = RichTextPolicy.sanitize(untrustedHtml);
        if (body.isBlank()) {
            problems.add("body", "Write something in your post.");
        } else if (body.textLength() > MAX_BODY_TEXT || body.html().length() > MAX_BODY_HTML) {
            problems.add("body", "Your post is too long (" + body.textLength() + " characters). Shorten it to "
                    + MAX_BODY_TEXT + " characters or fewer.");
        }
        return body;
    }

    /** A theme or group the viewer may see, where discussions are started (not the challenge board). */
    private Space discussionSpace(Viewer viewer, String slug) {
        return spaces.findBySlug(slug).filter(s -> s instanceof Theme || s.hasMembers())
                .filter(s -> access.canSee(viewer, s))
                .orElseThrow(() -> new NotFound("Theme"));
    }

    /**
     * The themes and groups where the viewer may start a discussion: themes first (in their order), then their
     * groups by name.
     */
    @Transactional
    public List<Place> placesToStartThreads(Viewer viewer) {
        List<Place> places = new java.util.ArrayList<>();
        themes.findAllOrdered().stream().filter(t -> access.canStartThread(viewer, t))
                .forEach(t -> places.add(new Place(t.getName(), t.getSlug(), false)));
        if (!viewer.isAnonymous()) {
            spaces.spacesOfMember(viewer.memberId()).stream().filter(s -> access.canStartThread(viewer, s))
                    .forEach(s -> places.add(new Place(s.getName(), s.getSlug(), true)));
        }
        return places;
    }

    /**
     * One page of the discussions (not challenges) of a space with members (a group), for those who may see it;
     * a page beyond the last shows the last.
     */
    @Transactional
    public Page<ThreadItem> threadsOfGroup(Viewer viewer, String slug, PageRequest requested) {
        Space space = spaces.findBySlug(slug).filter(Space::hasMembers).filter(s -> access.canSee(viewer, s))
                .orElseThrow(() -> new NotFound("Group"));
        long total = threads.countBySpaceAndKind(space, ThreadKind.DISCUSSION);
        PageRequest page = requested.within(total);
        Instant since = newSince(viewer);
        List<ThreadItem> items = threads.pageBySpaceAndKind(space, ThreadKind.DISCUSSION, page.offset(), page.size(),
                viewer.memberId()).stream().map(r -> threadItem(viewer, r, since)).toList();
        return new Page<>(items, page.number(), page.size(), total);
    }

    private Theme visibleTheme(Viewer viewer, String slug) {
        return themes.findBySlug(slug == null ? "" : slug)
                .filter(t -> access.canSee(viewer, t))
                .orElseThrow(() -> new NotFound("Theme"));
    }

    /** Slow mode: a member (not a moderator) waits the thread's interval between two posts. */
    private void checkPace(Viewer viewer, ForumThread thread, InvalidInput.Collector problems) {
        int interval = thread.getSlowModeSeconds();
        if (interval == 0 || access.canModerate(viewer, thread.getSpace())) {
            return;
        }
        posts.lastPostedIn(thread.getId(), viewer.memberId()).ifPresent(last -> {
            Duration wait = Duration.between(BaseEntity.now(), last.plusSeconds(interval));
            if (!wait.isNegative() && !wait.isZero()) {
                long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
                problems.add(InvalidInput.GLOBAL, "This thread is in slow mode: one post every "
                        + ThreadModeration.interval(interval) + " per member. You can post again in " + minutes
                        + (minutes == 1 ? " minute" : " minutes") + "; your text is kept.");
            }
        });
    }

    /**
     * Whether the viewer, who may see the thread's space, may open the thread itself: a listed thread, yes; a
     * deleted one only moderators; one waiting for approval its author and moderators.
     */
    boolean mayOpen(Viewer viewer, ForumThread thread) {
        if (thread.isListed() || access.canModerate(viewer, thread.getSpace())) {
            return true;
        }
        return thread.isAwaitingApproval() && !thread.isDeleted() && viewer.is(thread.getAuthor().getId());
    }

    private ThreadHead visibleHead(Viewer viewer, long threadId) {
        ThreadHead head = threads.head(threadId, viewer.memberId(),
                        viewer.isAnonymous() ? "" : DraftService.replyPlace(threadId))
                .filter(h -> access.canOpen(viewer, h.space(), "thread " + threadId))
                .orElseThrow(() -> new NotFound("Thread"));
        if (head.thread().getMergedIntoId() != null) {
            throw new ThreadMerged(head.thread().getMergedIntoId());
        }
        if (!mayOpen(viewer, head.thread())) {
            throw new NotFound("Thread");
        }
        return head;
    }

    private ForumThread visibleThread(Viewer viewer, long threadId) {
        return threads.find(threadId)
                .filter(t -> access.canSee(viewer, t.getSpace()))
                .filter(t -> mayOpen(viewer, t))
                .orElseThrow(() -> new NotFound("Thread"));
    }

    private Member currentMember(Viewer viewer) {
        return accounts.activeMember(viewer);
    }

    /** Creates a theme (administrators; also used to seed a new forum). */
    @Transactional
    public long createTheme(Viewer viewer, String name, String slug, String description, int position) {
        return themeAdministration.createTheme(viewer, name, slug, description, null);
    }

    private PostView toView(Viewer viewer, ThreadHead head, PostRow r, boolean moderator,
                            List<AttachmentView> attachments) {
        long threadId = head.thread().getId();
        Space space = head.space();
        PostView.ReplyTo replyTo = r.replyToId() == null ? null : new PostView.ReplyTo(r.replyToId(),
                r.replyToPosition(), r.replyToAuthorName(), locate(threadId, r.replyToId(), r.replyToPosition()).url());
        boolean live = !r.deleted();
        return new PostView(r.id(), r.position(), r.authorId(), r.authorName(), r.authorRole().label(),
                r.authorOrganisation(), r.createdAt(), r.editedAt(), r.deleted(),
                live || moderator ? RichText.stored(r.bodyHtml()) : null,
                locate(threadId, r.id(), r.position()).url(), replyTo, r.likeCount(), r.likedByReader(),
                live && access.canLike(viewer, space, r.authorId()),
                live && access.canEditPost(viewer, space, r.authorId()),
                live && access.canDeletePost(viewer, space, r.authorId(),
                        r.position() == 1 && head.thread().getReplyCount() > 0),
                r.revisionCount(), attachments,
                moderator || viewer.is(r.authorId()) ? r.deleteReason() : null,
                live && moderator && !viewer.is(r.authorId()) && !(r.position() == 1 && head.thread().getReplyCount() > 0),
                !live && moderator && head.thread().getKind() == ThreadKind.DISCUSSION,
                r.awaitingApproval(), r.awaitingApproval() && moderator && live);
    }
}
