package org.clusterforum.account.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class OrganisationRepository {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    public Optional<Organisation> find(long id) {
        return Optional.ofNullable(em.find(Organisation.class, id));
    }

    public Optional<Organisation> findByName(String name) {
        return em.createNamedQuery("Organisation.findByNameKey", Organisation.class)
                .setParameter("key", Organisation.keyOf(name))
                .getResultStream().findFirst();
    }

    public List<Organisation> findAll() {
        return em.createNamedQuery("Organisation.findAll", Organisation.class).getResultList();
    }

    public Organisation add(Organisation organisation) {
        em.persist(organisation);
        em.flush();
        return organisation;
    }
}
