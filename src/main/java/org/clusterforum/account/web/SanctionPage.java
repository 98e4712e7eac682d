package org.clusterforum.account.web;

import org.clusterforum.platform.time.ForumDays;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.clusterforum.account.service.MemberStanding;
import org.clusterforum.account.service.SanctionService;
import org.clusterforum.platform.security.CurrentMember;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.InvalidInput;
import org.clusterforum.platform.validation.NotFound;
import org.clusterforum.platform.web.Ids;
import org.clusterforum.platform.web.Pages;

/**
 * /members/sanction?id=N: moderators warn, silence or suspend a member, or lift what is in force, each with a
 * reason the member sees; and read the member's history. Anyone else gets "page not found". What was typed
 * survives a refusal.
 */
@Named
@ViewScoped
public class SanctionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SanctionService sanctions;

    @Inject
    CurrentMember currentMember;

    private String id;
    private MemberStanding standing;
    private String reason;
    private LocalDate until;
    private boolean acted;

    public void load() {
        Long memberId = Ids.parse(id);
        try {
            standing = memberId == null ? null : sanctions.standing(currentMember.viewer(), memberId);
        } catch (NotFound | Forbidden e) {
            standing = null;
        }
        if (standing == null) {
            Pages.notFound();
        }
    }

    public void warn() {
        act(() -> sanctions.warnMember(currentMember.viewer(), standing.memberId(), reason),
                "Warning sent. " + standing.displayName() + " sees it on their next page.");
    }

    public void silence() {
        act(() -> sanctions.silenceMember(currentMember.viewer(), standing.memberId(), until, reason),
                standing.displayName() + " is silenced: they can read but not post.");
    }

    public void suspend() {
        act(() -> sanctions.suspendMember(currentMember.viewer(), standing.memberId(), until, reason),
                standing.displayName() + " is suspended and signed out.");
    }

    public void lift() {
        act(() -> sanctions.liftSanctions(currentMember.viewer(), standing.memberId(), reason),
                "Sanctions lifted: " + standing.displayName() + " can sign in and post again.");
    }

    /**
     * One sanction per page view: a double click (or two quick presses) would otherwise send the same warning
     * twice or record the same suspension twice. After the first, the page is shown again, fresh.
     */
    private synchronized void act(Runnable action, String done) {
        if (standing == null) {
            return;
        }
        if (acted) {
            Pages.redirect("/members/sanction?id=" + standing.memberId());
            return;
        }
        try {
            action.run();
            acted = true;
            Pages.info(done);
            Pages.redirect("/members/sanction?id=" + standing.memberId());
        } catch (InvalidInput problems) {
            Pages.show(problems, "sanction");
        } catch (Forbidden | NotFound e) {
            Pages.error(e.getMessage());
        }
    }

    public LocalDate getToday() {
        return ForumDays.today();
    }

    public MemberStanding getStanding() {
        return standing;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }
}
