package org.clusterforum.group.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clusterforum.account.service.AccountService;
import org.clusterforum.account.service.MemberCard;
import org.clusterforum.group.model.EntryKind;
import org.clusterforum.group.model.EntryState;
import org.clusterforum.group.model.ForumGroup;
import org.clusterforum.group.model.GroupEntry;
import org.clusterforum.group.model.GroupRepository;
import org.clusterforum.group.model.GroupVisibility;
import org.clusterforum.platform.config.ForumConfig;
import org.clusterforum.platform.persistence.BaseEntity;
import org.clusterforum.platform.security.Permission;
import org.clusterforum.platform.security.Viewer;
import org.clusterforum.platform.space.SpaceAccess;
import org.clusterforum.platform.space.SpaceMember;
import org.clusterforum.platform.space.SpaceMembers;
import org.clusterforum.platform.space.SpaceRole;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.InvalidInput;
import org.clusterforum.platform.validation.NotFound;
import org.clusterforum.platform.validation.Texts;

/**
 * Member groups: creating them, joining, invitations and requests, and managing members. Who may see a group and
 * its content is {@link SpaceAccess}'s decision; this service adds who may manage it (its owners). A hidden group
 * answers like a group that does not exist to anyone who is neither a member, invited nor a moderator.
 * Membership changes of one group are serialised on the group's row, so a group always keeps an owner.
 */
@ApplicationScoped
public class GroupService {

    public static final int MIN_NAME = 3;
    public static final Duration INVITATION_LIFETIME = Duration.ofDays(14);

    @Inject
    GroupRepository groups;

    @Inject
    SpaceMembers memberships;

    @Inject
    SpaceAccess access;

    @Inject
    AccountService accounts;

    @Inject
    ForumConfig config;

    @Inject
    org.clusterforum.platform.mail.MailOutbox outbox;

    @Inject
    jakarta.enterprise.event.Event<org.clusterforum.platform.space.SpaceAudienceChanged> audienceChanged;

    // ---- reading ----------------------------------------------------------------------------------------------

    /** Groups the viewer may know of: public and private ones, and hidden ones they belong to (all for staff). */
    @Transactional
    public List<GroupSummary> groups(Viewer viewer) {
        List<ForumGroup> listed = groups.listed(access.filterFor(viewer));
        Set<Long> mine = viewer.isAnonymous() ? Set.of()
                : memberships.spacesOf(viewer.memberId(), listed.stream().map(ForumGroup::getId).toList());
        Map<Long, SpaceRole> roles = new java.util.HashMap<>();
        if (!mine.isEmpty()) {
            groups.groupsOf(viewer.memberId()).forEach(r -> roles.put(((ForumGroup) r[0]).getId(), (SpaceRole) r[1]));
        }
        return listed.stream().map(g -> new GroupSummary(g.getId(), g.getName(), g.getSlug(), g.getDescription(),
                g.getVisibility().label(), g.getMemberCount(), contentCount(viewer, g),
                roles.containsKey(g.getId()) ? roles.get(g.getId()).label() : null)).toList();
    }

    /** The groups the viewer belongs to, by name. */
    @Transactional
    public List<GroupSummary> myGroups(Viewer viewer) {
        if (viewer.isAnonymous()) {
            return List.of();
        }
        return groups.groupsOf(viewer.memberId()).stream().map(r -> {
            ForumGroup g = (ForumGroup) r[0];
            return new GroupSummary(g.getId(), g.getName(), g.getSlug(), g.getDescription(),
                    g.getVisibility().label(), g.getMemberCount(), g.getThreadCount(), ((SpaceRole) r[1]).label());
        }).toList();
    }

    /** How many threads to show for a group: only to those who may see its content (a count leaks too); -1: not shown. */
    private int contentCount(Viewer viewer, ForumGroup g) {
        return access.canSee(viewer, g) ? g.getThreadCount() : -1;
    }

    /**
     * A group's page. 404 for a hidden group unless the viewer is a member, invited or a moderator; a private
     * group shows outsiders its name and description only.
     */
    @Transactional
    public GroupView group(Viewer viewer, String slug) {
        ForumGroup g = knownGroup(viewer, slug);
        Optional<SpaceMember> mine = access.membership(viewer, g);
        boolean contentVisible = access.canOpen(viewer, g, "group page");
        Long requestId = viewer.isAnonymous() ? null
                : groups.pending(g.getId(), viewer.memberId(), EntryKind.REQUEST).map(GroupEntry::getId).orElse(null);
        Long invitationId = viewer.isAnonymous() ? null : liveInvitation(g.getId(), viewer.memberId())
                .map(GroupEntry::getId).orElse(null);
        boolean signedIn = viewer.can(Permission.REPLY);
        boolean canManage = mine.map(SpaceMember::isOwner).orElse(false);
        return new GroupView(g.getId(), g.getName(), g.getSlug(), g.getDescription(), g.getVisibility().label(),
                g.getVisibility().explanation(), g.getVisibility() == GroupVisibility.HIDDEN, g.getMemberCount(),
                contentVisible ? g.getThreadCount() : 0, mine.map(m -> m.getRole().label()).orElse(null),
                contentVisible,
                signedIn && mine.isEmpty() && g.getVisibility() == GroupVisibility.PUBLIC,
                signedIn && mine.isEmpty() && g.getVisibility() == GroupVisibility.PRIVATE && requestId == null
                        && invitationId == null,
                requestId, invitationId, mine.isPresent(), canManage, access.canStartThread(viewer, g),
                contentVisible && mine.isEmpty() && !g.isPublic(), contentVisible ? g.getOriginThreadId() : null);
    }

    /** A group's members, for those who may see its content. */
    @Transactional
    public List<GroupMemberView> members(Viewer viewer, String slug) {
        ForumGroup g = visibleGroup(viewer, slug);
        boolean owner = isOwner(viewer, g);
        List<SpaceMember> all = groups.members(g.getId());
        Map<Long, MemberCard> cards = accounts.cards(all.stream().map(SpaceMember::getMemberId).toList());
        long owners = all.stream().filter(SpaceMember::isOwner).count();
        List<GroupMemberView> views = new ArrayList<>();
        for (SpaceMember m : all) {
            MemberCard card = cards.get(m.getMemberId());
            if (card == null) {
                continue;
            }
            boolean self = viewer.is(m.getMemberId());
            views.add(new GroupMemberView(card, m.getRole().label(), m.isOwner(), m.getJoinedAt(),
                    owner && !self && (!m.isOwner() || owners > 1),
                    owner && !m.isOwner(), self && m.isOwner() && owners > 1,
                    owner && self == false && !m.isOwner()));
        }
        return views;
    }

    /** Pending invitations and join requests of a group, for its owners. */
    @Transactional
    public List<GroupEntryView> pendingEntries(Viewer viewer, String slug) {
        ForumGroup g = ownedGroup(viewer, slug);
        return entryViews(groups.pendingOf(g.getId()), Map.of(g.getId(), g));
    }

    /** The viewer's invitations that can still be accepted. */
    @Transactional
    public List<GroupEntryView> invitations(Viewer viewer) {
        if (viewer.isAnonymous()) {
            return List.of();
        }
        List<GroupEntry> entries = groups.invitationsOf(viewer.memberId(), BaseEntity.now());
        Map<Long, ForumGroup> byId = new java.util.HashMap<>();
        entries.forEach(e -> groups.find(e.getGroupId()).ifPresent(g -> byId.put(g.getId(), g)));
        return entryViews(entries, byId);
    }

    /** Groups the viewer owns that have join requests waiting, with how many, by name. */
    @Transactional
    public List<RequestsWaiting> requestsWaiting(Viewer viewer) {
        if (viewer.isAnonymous()) {
            return List.of();
        }
        Map<Long, Long> waiting = groups.requestsWaitingFor(viewer.memberId());
        return waiting.keySet().stream().map(groups::find).flatMap(Optional::stream)
                .sorted(java.util.Comparator.comparing(ForumGroup::getName))
                .map(g -> new RequestsWaiting(g.getName(), g.getSlug(), waiting.get(g.getId()))).toList();
    }

    /** The viewer's pending invitations and the requests waiting in groups they own, in one statement. */
    @Transactional
    public GroupsWaiting waitingFor(Viewer viewer) {
        if (viewer.isAnonymous()) {
            return new GroupsWaiting(0, 0);
        }
        long[] counts = groups.waitingFor(viewer.memberId(), BaseEntity.now());
        return new GroupsWaiting(counts[0], counts[1]);
    }

    @Transactional
    public long invitationCount(Viewer viewer) {
        return waitingFor(viewer).invitations();
    }

    /** Collaboration rooms opened from a challenge that the viewer may see, with their addresses. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<GroupSummary> roomsFrom(Viewer viewer, long threadId) {
        return groups.openedFrom(threadId).stream().filter(g -> access.canSee(viewer, g))
                .map(g -> new GroupSummary(g.getId(), g.getName(), g.getSlug(), g.getDescription(),
                        g.getVisibility().label(), g.getMemberCount(), g.getThreadCount(), null)).toList();
    }

    public boolean maySeeCreateButton(Viewer viewer) {
        return mayCreate(viewer);
    }

    // ---- creating and changing --------------------------------------------------------------------------------

    /** Creates a group with the viewer as its owner; returns its address (slug). */
    @Transactional
    public String createGroup(Viewer viewer, GroupForm form) {
        return createGroup(viewer, form, null, new InvalidInput.Collector()).getSlug();
    }

    /**
     * Creates a group (optionally a collaboration room opened from the thread {@code originThreadId}), adding
     * problems to {@code problems} (which may hold the caller's own).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ForumGroup createGroup(Viewer viewer, GroupForm form, Long originThreadId,
                                  InvalidInput.Collector problems) {
        if (!mayCreate(viewer)) {
            throw new Forbidden(viewer.isAnonymous() ? "Sign in to create a group."
                    : "Only administrators can create groups on this forum.");
        }
        accounts.activeMember(viewer);
        String name = checkedName(form.name(), null, problems);
        String description = checkedDescription(form.description(), problems);
        if (form.visibility() == null) {
            problems.add("visibility", "Choose who can see the group: public, private or hidden.");
        }
        problems.throwIfAny();
        String base = Texts.slug(name);
        if (base.isEmpty()) {
            base = "group";
        }
        base = base.length() > 60 ? base.substring(0, 60).replaceAll("-+$", "") : base;
        String slug = base;
        for (int n = 2; groups.slugTaken(slug); n++) {
            slug = base + "-" + n;
        }
        ForumGroup group = groups.add(new ForumGroup(name, slug, description, form.visibility(), originThreadId));
        memberships.add(new SpaceMember(group.getId(), viewer.memberId(), SpaceRole.OWNER, BaseEntity.now()));
        group.countMembers(1);
        return group;
    }

    /**
     * Owners rename a group, change its description or its visibility. When it becomes public or stops being
     * public, the public counts (profiles, tags, reputation) take in or give up its content, in this transaction.
     */
    @Transactional
    public void changeGroup(Viewer viewer, String slug, GroupForm form) {
        ForumGroup g = groups.lock(ownedGroup(viewer, slug));
        var problems = new InvalidInput.Collector();
        String name = checkedName(form.name(), g.getId(), problems);
        String description = checkedDescription(form.description(), problems);
        if (form.visibility() == null) {
            problems.add("visibility", "Choose who can see the group: public, private or hidden.");
        }
        problems.throwIfAny();
        boolean wasPublic = g.isPublic();
        g.change(name, description, form.visibility());
        if (g.isPublic() != wasPublic) {
            audienceChanged.fire(new org.clusterforum.platform.space.SpaceAudienceChanged(g.getId(), g.isPublic()));
        }
    }

    private boolean mayCreate(Viewer viewer) {
        return viewer.can(config.groupsByAdminsOnly() ? Permission.ADMINISTER : Permission.START_THREAD);
    }

    private String checkedName(String raw, Long exceptId, InvalidInput.Collector problems) {
        String name = Texts.clean(raw);
        if (name.isEmpty()) {
            problems.add("name", "Give the group a name.");
        } else if (Texts.length(name) < MIN_NAME || Texts.length(name) > ForumGroup.MAX_NAME) {
            problems.add("name", "Use between " + MIN_NAME + " and " + ForumGroup.MAX_NAME
                    + " characters for the group's name (it has " + Texts.length(name) + ").");
        } else if (Texts.hasControlCharacters(name)) {
            problems.add("name", "The name contains characters that cannot be shown.");
        } else if (groups.nameTaken(ForumGroup.nameKey(name), exceptId)) {
            // Only listed groups hold a name key: trying a hidden group's name tells nothing about it.
            problems.add("name", "The name \u201c" + name + "\u201d is not available. Choose another name.");
        }
        return name;
    }

    private String checkedDescription(String raw, InvalidInput.Collector problems) {
        String description = raw == null ? "" : raw.strip();
        if (Texts.length(description) > ForumGroup.MAX_DESCRIPTION) {
            problems.add("description", "Shorten the description to " + ForumGroup.MAX_DESCRIPTION
                    + " characters or fewer (it has " + Texts.length(description) + ").");
        } else if (Texts.hasControlCharacters(description)) {
            problems.add("description", "The description contains characters that cannot be shown.");
        }
        return description;
    }

    // ---- joining ----------------------------------------------------------------------------------------------

    /** Joins a public group (nothing happens for a member). */
    @Transactional
    public void join(Viewer viewer, String slug) {
        ForumGroup g = knownGroup(viewer, slug);
        accounts.activeMember(viewer);
        if (g.getVisibility() != GroupVisibility.PUBLIC) {
            throw InvalidInput.of(InvalidInput.GLOBAL,
                    "This group is private: ask to join, and an owner will decide.");
        }
        groups.lock(g);
        addMember(g, viewer.memberId(), viewer.memberId());
    }

    /** Asks to join a private group; asking again while a request is pending changes nothing. */
    @Transactional
    public void requestToJoin(Viewer viewer, String slug, String message) {
        ForumGroup g = knownGroup(viewer, slug);
        accounts.activeMember(viewer);
        if (g.getVisibility() == GroupVisibility.PUBLIC) {
            join(viewer, slug);
            return;
        }
        if (g.getVisibility() == GroupVisibility.HIDDEN) {
            throw InvalidInput.of(InvalidInput.GLOBAL, "This group takes members by invitation only.");
        }
        String text = checkedMessage(message, "message");
        groups.lock(g);
        if (memberships.find(g.getId(), viewer.memberId()).isPresent()
                || groups.pending(g.getId(), viewer.memberId(), EntryKind.REQUEST).isPresent()) {
            return;
        }
        Optional<GroupEntry> invited = liveInvitation(g.getId(), viewer.memberId());
        if (invited.isPresent()) {
            invited.get().decide(EntryState.ACCEPTED, viewer.memberId(), BaseEntity.now());
            addMember(g, viewer.memberId(), viewer.memberId());
            return;
        }
        groups.add(GroupEntry.request(g.getId(), viewer.memberId(), text));
    }

    /** Withdraws the viewer's pending request to join (nothing happens when there is none). */
    @Transactional
    public void withdrawRequest(Viewer viewer, String slug) {
        ForumGroup g = knownGroup(viewer, slug);
        accounts.activeMember(viewer);
        groups.lock(g);
        groups.pending(g.getId(), viewer.memberId(), EntryKind.REQUEST)
                .ifPresent(e -> e.decide(EntryState.WITHDRAWN, viewer.memberId(), BaseEntity.now()));
    }

    /** Owners invite an existing member by @handle or email address. */
    @Transactional
    public MemberCard invite(Viewer viewer, String slug, String handleOrEmail, String message) {
        ForumGroup g = groups.lock(ownedGroup(viewer, slug));
        String text = checkedMessage(message, "inviteMessage");
        String who = handleOrEmail == null ? "" : handleOrEmail.strip();
        if (who.isEmpty()) {
            throw InvalidInput.of("invitee", "Enter the @handle or email address of the member to invite.");
        }
        MemberCard invitee = accounts.findMember(who).orElseThrow(() -> InvalidInput.of("invitee",
                "No member has the handle or email address \u201c" + who + "\u201d. Check the spelling, or ask them"
                        + " to register first."));
        if (memberships.find(g.getId(), invitee.id()).isPresent()) {
            throw InvalidInput.of("invitee", invitee.displayName() + " is already a member of this group.");
        }
        Instant now = BaseEntity.now();
        Optional<GroupEntry> request = groups.pending(g.getId(), invitee.id(), EntryKind.REQUEST);
        if (request.isPresent()) {
            request.get().decide(EntryState.ACCEPTED, viewer.memberId(), now);
            addMember(g, invitee.id(), viewer.memberId());
            return invitee;
        }
        Optional<GroupEntry> pending = groups.pending(g.getId(), invitee.id(), EntryKind.INVITATION);
        if (pending.isPresent()) {
            if (!pending.get().isExpired(now)) {
                throw InvalidInput.of("invitee", invitee.displayName()
                        + " has already been invited and has not answered yet.");
            }
            pending.get().renew(viewer.memberId(), text, now.plus(INVITATION_LIFETIME));
            mailInvitation(g, viewer, invitee.id(), text, now.plus(INVITATION_LIFETIME));
            return invitee;
        }
        groups.add(GroupEntry.invitation(g.getId(), invitee.id(), viewer.memberId(), text,
                now.plus(INVITATION_LIFETIME)));
        mailInvitation(g, viewer, invitee.id(), text, now.plus(INVITATION_LIFETIME));
        return invitee;
    }

    /**
     * Invites members chosen by id (a collaboration room invites a challenge's answerers); members already in the
     * group or invited are left alone.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void inviteAll(Viewer viewer, ForumGroup group, Collection<Long> memberIds, String message) {
        Instant now = BaseEntity.now();
        for (Long id : new HashSet<>(memberIds)) {
            if (viewer.is(id) || memberships.find(group.getId(), id).isPresent()
                    || groups.pending(group.getId(), id, EntryKind.INVITATION).isPresent()) {
                continue;
            }
            groups.add(GroupEntry.invitation(group.getId(), id, viewer.memberId(), message,
                    now.plus(INVITATION_LIFETIME)));
            mailInvitation(group, viewer, id, message, now.plus(INVITATION_LIFETIME));
        }
    }

    /**
     * Tells the invited member by email (when email is on), in the invitation's transaction: a person asked for
     * them, so it is sent whatever their notification choices; only to a confirmed address.
     */
    private void mailInvitation(ForumGroup group, Viewer inviter, long inviteeId, String message, Instant expires) {
        if (!outbox.enabled()) {
            return;
        }
        accounts.mailRecipient(inviteeId).ifPresent(to -> {
            var body = new org.clusterforum.platform.mail.MailBody()
                    .paragraph("Hello " + to.displayName() + ",")
                    .paragraph(inviter.displayName() + " invites you to join the group “" + group.getName() + "” on "
                            + outbox.siteName() + ".");
            if (message != null && !message.isBlank()) {
                body.quote(message);
            }
            body.link("See the invitation (accept or decline it under Groups)", outbox.link("/groups"))
                    .paragraph("The invitation is open until "
                            + java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)
                            .withZone(org.clusterforum.platform.time.ForumDays.ZONE).format(expires) + ".");
            outbox.enqueue("invitation:" + group.getId() + ":" + inviteeId + ":" + expires.toEpochMilli(), inviteeId,
                    body.to(to.email(), inviter.displayName() + " invites you to join “" + group.getName() + "”"));
        });
    }

    /** The invited member accepts: they are a member at once. */
    @Transactional
    public String acceptInvitation(Viewer viewer, long entryId) {
        GroupEntry entry = ownEntry(viewer, entryId);
        ForumGroup g = groups.lock(groups.find(entry.getGroupId()).orElseThrow(() -> new NotFound("Invitation")));
        entry = groups.entry(entryId).orElseThrow(() -> new NotFound("Invitation"));
        requireOpen(entry);
        Instant now = BaseEntity.now();
        entry.decide(EntryState.ACCEPTED, viewer.memberId(), now);
        groups.pending(g.getId(), viewer.memberId(), EntryKind.REQUEST)
                .ifPresent(r -> r.decide(EntryState.ACCEPTED, viewer.memberId(), now));
        addMember(g, viewer.memberId(), entry.getAskedById());
        return g.getSlug();
    }

    /** The invited member declines. */
    @Transactional
    public void declineInvitation(Viewer viewer, long entryId) {
        GroupEntry entry = ownEntry(viewer, entryId);
        groups.lock(groups.find(entry.getGroupId()).orElseThrow(() -> new NotFound("Invitation")));
        requireOpen(entry);
        entry.decide(EntryState.DECLINED, viewer.memberId(), BaseEntity.now());
    }

    /** An owner withdraws an invitation that has not been answered. */
    @Transactional
    public void withdrawInvitation(Viewer viewer, long entryId) {
        GroupEntry entry = ownersEntry(viewer, entryId, EntryKind.INVITATION);
        if (!entry.isPending()) {
            throw InvalidInput.of(InvalidInput.GLOBAL, "This invitation was already "
                    + entry.getState().label().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        entry.decide(EntryState.WITHDRAWN, viewer.memberId(), BaseEntity.now());
    }

    /** An owner approves a join request: the member is in at once. */
    @Transactional
    public void approveRequest(Viewer viewer, long entryId) {
        GroupEntry entry = ownersEntry(viewer, entryId, EntryKind.REQUEST);
        requireOpenRequest(entry);
        ForumGroup g = groups.find(entry.getGroupId()).orElseThrow(() -> new NotFound("Request"));
        entry.decide(EntryState.ACCEPTED, viewer.memberId(), BaseEntity.now());
        liveInvitation(g.getId(), entry.getMemberId())
                .ifPresent(i -> i.decide(EntryState.ACCEPTED, viewer.memberId(), BaseEntity.now()));
        addMember(g, entry.getMemberId(), viewer.memberId());
    }

    /** An owner refuses a join request. */
    @Transactional
    public void refuseRequest(Viewer viewer, long entryId) {
        GroupEntry entry = ownersEntry(viewer, entryId, EntryKind.REQUEST);
        requireOpenRequest(entry);
        entry.decide(EntryState.REFUSED, viewer.memberId(), BaseEntity.now());
    }

    // ---- managing members -------------------------------------------------------------------------------------

    /** An owner removes a member (or another owner, while one remains); access ends with their next request. */
    @Transactional
    public void removeMember(Viewer viewer, String slug, long memberId) {
        ForumGroup g = groups.lock(ownedGroup(viewer, slug));
        if (viewer.is(memberId)) {
            leave(viewer, slug);
            return;
        }
        SpaceMember m = memberships.findLocked(g.getId(), memberId).orElseThrow(() ->
                InvalidInput.of(InvalidInput.GLOBAL, "That person is no longer a member of this group."));
        if (m.isOwner() && groups.ownerCount(g.getId()) <= 1) {
            throw InvalidInput.of(InvalidInput.GLOBAL, "A group must always have an owner.");
        }
        memberships.remove(m);
        g.countMembers(-1);
    }

    /** A member leaves. The last owner cannot: they make someone else owner first. */
    @Transactional
    public void leave(Viewer viewer, String slug) {
        ForumGroup g = knownGroup(viewer, slug);
        accounts.activeMember(viewer);
        groups.lock(g);
        Optional<SpaceMember> m = memberships.findLocked(g.getId(), viewer.memberId());
        if (m.isEmpty()) {
            return;
        }
        if (m.get().isOwner() && groups.ownerCount(g.getId()) <= 1) {
            throw InvalidInput.of(InvalidInput.GLOBAL, "You are this group's only owner. Make another member an"
                    + " owner, or transfer ownership, before you leave: a group must always have an owner.");
        }
        memberships.remove(m.get());
        g.countMembers(-1);
    }

    /** An owner makes a member a co-owner. */
    @Transactional
    public void makeOwner(Viewer viewer, String slug, long memberId) {
        ForumGroup g = groups.lock(ownedGroup(viewer, slug));
        memberOf(g, memberId).changeRole(SpaceRole.OWNER);
    }

    /** An owner steps down to member, while another owner remains. */
    @Transactional
    public void stepDown(Viewer viewer, String slug) {
        ForumGroup g = groups.lock(ownedGroup(viewer, slug));
        if (groups.ownerCount(g.getId()) <= 1) {
            throw InvalidInput.of(InvalidInput.GLOBAL,
                    "You are this group's only owner: make another member an owner first.");
        }
        memberOf(g, viewer.memberId()).changeRole(SpaceRole.MEMBER);
    }

    /** An owner hands ownership to a member and becomes a member. */
    @Transactional
    public void transferOwnership(Viewer viewer, String slug, long memberId) {
        ForumGroup g = groups.lock(ownedGroup(viewer, slug));
        if (viewer.is(memberId)) {
            throw InvalidInput.of(InvalidInput.GLOBAL, "Choose another member to hand the group to.");
        }
        memberOf(g, memberId).changeRole(SpaceRole.OWNER);
        memberOf(g, viewer.memberId()).changeRole(SpaceRole.MEMBER);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private void addMember(ForumGroup g, long memberId, long byId) {
        if (memberships.find(g.getId(), memberId).isPresent()) {
            return;
        }
        memberships.add(new SpaceMember(g.getId(), memberId, SpaceRole.MEMBER, BaseEntity.now()));
        g.countMembers(1);
    }

    private SpaceMember memberOf(ForumGroup g, long memberId) {
        return memberships.findLocked(g.getId(), memberId).orElseThrow(() ->
                InvalidInput.of(InvalidInput.GLOBAL, "That person is not a member of this group."));
    }

    private Optional<GroupEntry> liveInvitation(long groupId, long memberId) {
        Instant now = BaseEntity.now();
        return groups.pending(groupId, memberId, EntryKind.INVITATION).filter(e -> !e.isExpired(now));
    }

    /**
     * The group with this address if the viewer may know it exists: listed groups for everyone, hidden ones for
     * members, moderators and invited members. Anything else is "not found".
     */
    private ForumGroup knownGroup(Viewer viewer, String slug) {
        ForumGroup g = groups.findBySlug(slug == null ? "" : slug).orElseThrow(() -> new NotFound("Group"));
        if (g.getVisibility() == GroupVisibility.HIDDEN && !access.canSee(viewer, g)
                && (viewer.isAnonymous() || groups.pending(g.getId(), viewer.memberId(), EntryKind.INVITATION)
                .isEmpty())) {
            throw new NotFound("Group");
        }
        return g;
    }

    /** A group whose content the viewer may see (members, moderators, anyone for a public group). */
    private ForumGroup visibleGroup(Viewer viewer, String slug) {
        ForumGroup g = groups.findBySlug(slug == null ? "" : slug).orElseThrow(() -> new NotFound("Group"));
        if (!access.canSee(viewer, g)) {
            throw new NotFound("Group");
        }
        return g;
    }

    private ForumGroup ownedGroup(Viewer viewer, String slug) {
        ForumGroup g = knownGroup(viewer, slug);
        if (!isOwner(viewer, g)) {
            if (!access.canSee(viewer, g)) {
                throw new NotFound("Group");
            }
            throw new Forbidden("Only the group's owners can do this.");
        }
        return g;
    }

    private boolean isOwner(Viewer viewer, ForumGroup g) {
        return access.membership(viewer, g).map(SpaceMember::isOwner).orElse(false);
    }

    private GroupEntry ownEntry(Viewer viewer, long entryId) {
        accounts.activeMember(viewer);
        return groups.entry(entryId).filter(e -> e.getKind() == EntryKind.INVITATION && viewer.is(e.getMemberId()))
                .orElseThrow(() -> new NotFound("Invitation"));
    }

    private GroupEntry ownersEntry(Viewer viewer, long entryId, EntryKind kind) {
        GroupEntry entry = groups.entry(entryId).filter(e -> e.getKind() == kind)
                .orElseThrow(() -> new NotFound(kind == EntryKind.INVITATION ? "Invitation" : "Request"));
        ForumGroup g = groups.find(entry.getGroupId()).orElseThrow(() -> new NotFound("Group"));
        ownedGroup(viewer, g.getSlug());
        groups.lock(g);
        return groups.entry(entryId).orElseThrow(() -> new NotFound("Invitation"));
    }

    private static void requireOpen(GroupEntry invitation) {
        switch (invitation.getState()) {
            case WITHDRAWN -> throw InvalidInput.of(InvalidInput.GLOBAL,
                    "This invitation was withdrawn by the group's owner.");
            case DECLINED -> throw InvalidInput.of(InvalidInput.GLOBAL, "You declined this invitation.");
            case ACCEPTED -> throw InvalidInput.of(InvalidInput.GLOBAL, "You have already accepted this invitation.");
            default -> {
            }
        }
        if (invitation.isExpired(BaseEntity.now())) {
            throw InvalidInput.of(InvalidInput.GLOBAL,
                    "This invitation has expired. Ask one of the group's owners to invite you again.");
        }
    }

    private static void requireOpenRequest(GroupEntry request) {
        if (!request.isPending()) {
            throw InvalidInput.of(InvalidInput.GLOBAL, "This request was already "
                    + request.getState().label().toLowerCase(java.util.Locale.ROOT) + ".");
        }
    }

    private static String checkedMessage(String message, String field) {
        String text = message == null ? "" : message.strip();
        if (Texts.length(text) > GroupEntry.MAX_MESSAGE) {
            throw InvalidInput.of(field, "Shorten the message to " + GroupEntry.MAX_MESSAGE
                    + " characters or fewer (it has " + Texts.length(text) + ").");
        }
        return text;
    }

    private List<GroupEntryView> entryViews(List<GroupEntry> entries, Map<Long, ForumGroup> groupsById) {
        Set<Long> people = new HashSet<>();
        entries.forEach(e -> {
            people.add(e.getMemberId());
            people.add(e.getAskedById());
        });
        Map<Long, MemberCard> cards = accounts.cards(people);
        Instant now = BaseEntity.now();
        List<GroupEntryView> views = new ArrayList<>();
        for (GroupEntry e : entries) {
            ForumGroup g = groupsById.get(e.getGroupId());
            if (g == null || cards.get(e.getMemberId()) == null) {
                continue;
            }
            boolean expired = e.isExpired(now);
            views.add(new GroupEntryView(e.getId(), e.getKind() == EntryKind.INVITATION, cards.get(e.getMemberId()),
                    cards.get(e.getAskedById()), e.getMessage(), expired ? "Expired" : e.getState().label(),
                    e.isPending() && !expired, e.getCreatedAt(), e.getExpiresAt(), g.getName(), g.getSlug(),
                    g.getDescription()));
        }
        return views;
    }
}
