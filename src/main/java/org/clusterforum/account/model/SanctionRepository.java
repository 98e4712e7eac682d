package org.clusterforum.account.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Members' sanction histories. */
@ApplicationScoped
public class SanctionRepository {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    public MemberSanction add(MemberSanction sanction) {
        em.persist(sanction);
        return sanction;
    }

    public Optional<MemberSanction> find(long id) {
        return Optional.ofNullable(em.find(MemberSanction.class, id));
    }

    /** A member's history, newest first. */
    public List<MemberSanction> of(long memberId, int limit) {
        return em.createQuery("select s from MemberSanction s where s.memberId = :member"
                        + " order by s.createdAt desc, s.id desc", MemberSanction.class)
                .setParameter("member", memberId).setMaxResults(limit).getResultList();
    }

    /** The member's warnings not yet acknowledged, oldest first. */
    public List<MemberSanction> unacknowledgedWarnings(long memberId) {
        return em.createQuery("select s from MemberSanction s where s.memberId = :member and s.kind = :warn"
                        + " and s.acknowledgedAt is null order by s.id", MemberSanction.class)
                .setParameter("member", memberId).setParameter("warn", SanctionKind.WARN).getResultList();
    }

    /** Silences and suspensions of the member not yet lifted (to mark lifted together). */
    public List<MemberSanction> unlifted(long memberId) {
        return em.createQuery("select s from MemberSanction s where s.memberId = :member and s.kind <> :warn"
                        + " and s.liftedAt is null", MemberSanction.class)
                .setParameter("member", memberId).setParameter("warn", SanctionKind.WARN).getResultList();
    }
}
