package org.clusterforum.platform.search;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashSet;
import java.util.Set;

/**
 * Gathers, per transaction, the threads whose searchable rows were written, and announces them with
 * {@link SearchablesChanged} once the transaction has committed (never for one that rolled back).
 */
@ApplicationScoped
public class SearchChanges {

    private static final Object KEY = SearchChanges.class;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    Event<SearchablesChanged> changed;

    /** Remembers that the thread changed in the running transaction (outside one, announces it at once). */
    public void changed(Long threadId) {
        if (threadId == null) {
            return;
        }
        if (transactions.getTransactionKey() == null) {
            changed.fire(new SearchablesChanged(Set.of(threadId)));
            return;
        }
        @SuppressWarnings("unchecked")
        Set<Long> pending = (Set<Long>) transactions.getResource(KEY);
        if (pending == null) {
            Set<Long> created = new HashSet<>();
            transactions.putResource(KEY, created);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED && !created.isEmpty()) {
                        changed.fire(new SearchablesChanged(Set.copyOf(created)));
                    }
                }
            });
            pending = created;
        }
        pending.add(threadId);
    }
}
