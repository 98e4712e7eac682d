package org.clusterforum.platform.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A number that changes whenever public content changes, after the change is committed (a rolled-back write
 * changes nothing). Cached pages remember the number they were rendered at and are worthless once it moves on.
 * Several writes in one transaction move it on once per write; only change matters, not the count.
 */
@ApplicationScoped
public class ContentVersion {

    private final AtomicLong version = new AtomicLong();

    public long current() {
        return version.get();
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged event) {
        version.incrementAndGet();
    }

    /** For writes that bypass JPA entities (bulk statements): call after they commit. */
    public void changed() {
        version.incrementAndGet();
    }
}
