package org.clusterforum.platform.security;

/**
 * Writes the forum makes itself (demo content at first start, later imports), as opposed to a person posting:
 * inside {@link #run}, new members' posts do not wait for approval. Bound to the running thread only.
 */
public final class TrustedWrites {

    private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> false);

    private TrustedWrites() {
    }

    public static void run(Runnable writes) {
        ACTIVE.set(true);
        try {
            writes.run();
        } finally {
            ACTIVE.remove();
        }
    }

    public static boolean active() {
        return ACTIVE.get();
    }
}
