package org.clusterforum.discussion.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class DraftRepository {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    public Optional<Draft> find(long memberId, String place) {
        return em.createQuery("select d from Draft d where d.member.id = :member and d.place = :place", Draft.class)
                .setParameter("member", memberId).setParameter("place", place).getResultStream().findFirst();
    }

    public void add(Draft draft) {
        em.persist(draft);
    }

    public void delete(long memberId, String place) {
        em.createQuery("delete from Draft d where d.member.id = :member and d.place = :place")
                .setParameter("member", memberId).setParameter("place", place).executeUpdate();
    }
}
