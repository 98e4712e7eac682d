package org.clusterforum.platform.space;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Spaces of any kind, for features that work in every space (threads live in themes and groups). */
@ApplicationScoped
public class SpaceRepository {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    public Optional<Space> findBySlug(String slug) {
        return em.createQuery("select s from Space s where s.slug = :slug", Space.class)
                .setParameter("slug", slug == null ? "" : slug).getResultStream().findFirst();
    }

    /** These spaces, in one statement (any order). */
    public List<Space> findAll(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select s from Space s where s.id in :ids", Space.class).setParameter("ids", ids)
                .getResultList();
    }

    public Optional<Space> find(long id) {
        return Optional.ofNullable(em.find(Space.class, id));
    }

    /** Every space that is not archived (themes, boards, groups), by name. */
    public List<Space> activeByName() {
        return em.createQuery("select s from Space s where s.archived = false order by s.name", Space.class)
                .getResultList();
    }

    /** The spaces with members (groups) that a member belongs to, by name. */
    public List<Space> spacesOfMember(long memberId) {
        return em.createQuery("select s from Space s, SpaceMember m where m.spaceId = s.id and m.memberId = :member"
                + " order by s.name", Space.class).setParameter("member", memberId).getResultList();
    }

    /** The ids of every space the filter lets through (a search's "visible to this member" predicate). */
    public List<Long> visibleIds(SpaceFilter filter) {
        return em.createQuery("select s.id from Space s where " + filter.jpql("s"), Long.class)
                .setParameter(SpaceFilter.memberParam(), filter.memberId()).getResultList();
    }
}
