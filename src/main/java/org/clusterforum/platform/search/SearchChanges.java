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
 * Gathers, per transaction, the threads and member profiles whose searchable rows were written, and announces them with
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
        record(threadId == null ? Set.of() : Set.of(threadId), Set.of());
    }

    /** Remembers that a member's profile changed in the running transaction (outside one, announces it at once). */
    public void memberChanged(Long memberId) {
        record(Set.of(), memberId == null ? Set.of() : Set.of(memberId));
    }

    private void record(Set<Long> threads, Set<Long> members) {
        if (threads.isEmpty() && members.isEmpty()) {
            return;
        }
        if (transactions.getTransactionKey() == null) {
            changed.fire(new SearchablesChanged(threads, members));
            return;
        }
        Pending pending = (Pending) transactions.getResource(KEY);
        if (pending == null) {
            Pending created = new Pending(new HashSet<>(), new HashSet<>());
            transactions.putResource(KEY, created);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        changed.fire(new SearchablesChanged(created.threads(), created.members()));
                    }
                }
            });
            pending = created;
        }
        pending.threads().addAll(threads);
        pending.members().addAll(members);
    }

    /** What one transaction changed. */
    private record Pending(Set<Long> threads, Set<Long> members) {
    }
}
