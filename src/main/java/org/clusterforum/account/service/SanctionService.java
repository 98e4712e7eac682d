package org.clusterforum.account.service;

import org.clusterforum.platform.time.ForumDays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.clusterforum.account.model.Member;
import org.clusterforum.account.model.MemberRepository;
import org.clusterforum.account.model.MemberSanction;
import org.clusterforum.account.model.SanctionKind;
import org.clusterforum.account.model.SanctionRepository;
import org.clusterforum.platform.audit.AuditAction;
import org.clusterforum.platform.audit.AuditTarget;
import org.clusterforum.platform.audit.AuditTrail;
import org.clusterforum.platform.persistence.BaseEntity;
import org.clusterforum.platform.security.Permission;
import org.clusterforum.platform.security.Viewer;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.InvalidInput;
import org.clusterforum.platform.validation.NotFound;
import org.clusterforum.platform.validation.Texts;

/**
 * Sanctions on members: warn (a recorded message the member must acknowledge), silence (read but not post, until a
 * day), suspend (no sign-in, until a day or until lifted), and lifting early. Moderators sanction members;
 * only administrators sanction staff; nobody sanctions themselves. A sanction takes effect on the member's next
 * request, also in an open session: the viewer is rebuilt from the member's row on every request. Each action is
 * in the audit log.
 */
@ApplicationScoped
public class SanctionService {

    static final int HISTORY = 50;

    @Inject
    MemberRepository members;

    @Inject
    SanctionRepository sanctions;

    @Inject
    AuditTrail audit;

    @Transactional
    public void warnMember(Viewer viewer, long memberId, String reason) {
        Member member = sanctionable(viewer, memberId);
        String why = reason(reason, "Write the warning: the member reads it as you write it.");
        sanctions.add(new MemberSanction(member.getId(), SanctionKind.WARN, null, why, viewer.memberId()));
        members.adjustPendingWarnings(member.getId(), 1);
        audit.record(viewer, AuditAction.WARN_MEMBER, target(member), why);
    }

    /** Silences the member until the end of {@code until} (required, today or later). */
    @Transactional
    public void silenceMember(Viewer viewer, long memberId, LocalDate until, String reason) {
        Member member = sanctionable(viewer, memberId);
        var problems = new InvalidInput.Collector();
        String why = reason(reason, "Give the reason: the member sees it while silenced.", problems);
        Instant ends = null;
        if (until == null) {
            problems.add("until", "Choose the last day of the silence.");
        } else {
            ends = endOf(until, problems);
        }
        problems.throwIfAny();
        member.silence(ends, why);
        sanctions.add(new MemberSanction(member.getId(), SanctionKind.SILENCE, ends, why, viewer.memberId()));
        audit.record(viewer, AuditAction.SILENCE_MEMBER, target(member), "Until " + until + ". " + why);
    }

    /** Suspends the member until the end of {@code until}, or until lifted when it is null. */
    @Transactional
    public void suspendMember(Viewer viewer, long memberId, LocalDate until, String reason) {
        Member member = sanctionable(viewer, memberId);
        var problems = new InvalidInput.Collector();
        String why = reason(reason, "Give the reason: the member sees it when they try to sign in.", problems);
        Instant ends = until == null ? null : endOf(until, problems);
        problems.throwIfAny();
        member.suspend(ends, why);
        sanctions.add(new MemberSanction(member.getId(), SanctionKind.SUSPEND, ends, why, viewer.memberId()));
        audit.record(viewer, AuditAction.SUSPEND_MEMBER, target(member),
                (until == null ? "Until lifted. " : "Until " + until + ". ") + why);
    }

    /** Ends the member's suspension and silence now; lifting when nothing is in force changes nothing. */
    @Transactional
    public void liftSanctions(Viewer viewer, long memberId, String reason) {
        Member member = sanctionable(viewer, memberId);
        if (!member.isSuspended() && !member.isSilenced()) {
            return;
        }
        Instant now = BaseEntity.now();
        member.liftSanctions();
        sanctions.unlifted(member.getId()).forEach(s -> s.lift(viewer.memberId(), now));
        String why = Texts.clean(reason);
        audit.record(viewer, AuditAction.LIFT_SANCTION, target(member), why.isEmpty() ? null : why);
    }

    /** The member has read a warning addressed to them. */
    @Transactional
    public void acknowledgeWarning(Viewer viewer, long sanctionId) {
        MemberSanction warning = sanctions.find(sanctionId)
                .filter(s -> viewer.is(s.getMemberId()) && s.getKind() == SanctionKind.WARN)
                .orElseThrow(() -> new NotFound("Warning"));
        if (warning.getAcknowledgedAt() == null) {
            warning.acknowledge(BaseEntity.now());
            members.adjustPendingWarnings(warning.getMemberId(), -1);
        }
    }

    /** What the signed-in member must be told: warnings not yet acknowledged, and a silence in force. */
    @Transactional
    public MyNotices noticesFor(Viewer viewer) {
        if (viewer.isAnonymous()) {
            return MyNotices.NONE;
        }
        if (!viewer.noticesWaiting() && !viewer.isSilenced()) {
            return MyNotices.NONE; // known from the member's row, read once per request: no query
        }
        List<MemberSanction> warnings = sanctions.unacknowledgedWarnings(viewer.memberId());
        if (warnings.isEmpty() && !viewer.isSilenced()) {
            return MyNotices.NONE;
        }
        Member me = members.find(viewer.memberId()).orElseThrow(() -> new NotFound("Member"));
        return new MyNotices(views(warnings), me.isSilenced() ? me.getSilencedUntil() : null,
                me.isSilenced() ? me.getSanctionReason() : null);
    }

    /** A member's standing and sanction history, for moderators. */
    @Transactional
    public MemberStanding standing(Viewer viewer, long memberId) {
        if (!viewer.can(Permission.MODERATE)) {
            throw new Forbidden("Only moderators see members' sanctions.");
        }
        Member member = members.find(memberId).orElseThrow(() -> new NotFound("Member"));
        return new MemberStanding(member.getId(), member.getDisplayName(), member.isSuspended(),
                member.getSuspendedUntil(), member.isSilenced(), member.getSilencedUntil(),
                member.isSuspended() || member.isSilenced() ? member.getSanctionReason() : null,
                views(sanctions.of(member.getId(), HISTORY)), maySanction(viewer, member));
    }

    private List<SanctionView> views(List<MemberSanction> list) {
        Map<Long, String> names = list.stream().map(MemberSanction::getById).distinct()
                .collect(Collectors.toMap(id -> id, id -> members.find(id).map(Member::getDisplayName).orElse("")));
        Instant now = Instant.now();
        return list.stream().map(s -> new SanctionView(s.getId(), s.getKind(), s.getCreatedAt(), names.get(s.getById()),
                s.getUntil(), s.getReason(), s.getLiftedAt(), s.getAcknowledgedAt(), s.inForce(now))).toList();
    }

    private Member sanctionable(Viewer viewer, long memberId) {
        if (!viewer.can(Permission.MODERATE)) {
            throw new Forbidden("Only moderators can sanction members.");
        }
        Member member = members.find(memberId).orElseThrow(() -> new NotFound("Member"));
        if (viewer.is(member.getId())) {
            throw new Forbidden("You cannot sanction yourself.");
        }
        if (!maySanction(viewer, member)) {
            throw new Forbidden("Only administrators can sanction moderators and administrators.");
        }
        return member;
    }

    private static boolean maySanction(Viewer viewer, Member member) {
        return viewer.can(Permission.MODERATE) && !viewer.is(member.getId())
                && (!member.getRole().grants(Permission.MODERATE) || viewer.can(Permission.ADMINISTER));
    }

    private static Instant endOf(LocalDate until, InvalidInput.Collector problems) {
        if (ForumDays.isPast(until)) {
            problems.add("until", "That day is in the past. Choose today or a later day.");
            return null;
        }
        return ForumDays.endOf(until); // sanctions end at the end of the chosen day
    }

    private static String reason(String reason, String whenMissing) {
        var problems = new InvalidInput.Collector();
        String why = reason(reason, whenMissing, problems);
        problems.throwIfAny();
        return why;
    }

    private static String reason(String reason, String whenMissing, InvalidInput.Collector problems) {
        String why = Texts.clean(reason);
        if (why.isEmpty()) {
            problems.add("reason", whenMissing);
        } else if (Texts.length(why) > MemberSanction.MAX_REASON) {
            problems.add("reason", "Keep the reason under " + MemberSanction.MAX_REASON + " characters.");
        }
        return why;
    }

    private static AuditTarget target(Member member) {
        return AuditTarget.member(member.getId(), member.getDisplayName());
    }
}
