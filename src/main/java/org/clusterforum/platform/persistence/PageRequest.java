package org.clusterforum.platform.persistence;

/**
 * A 1-based page number and a page size, clamped to sane bounds so a hand-edited URL cannot ask for page -3
 * or a million rows.
 */
public record PageRequest(int number, int size) {

    public static final int MAX_SIZE = 100;

    public PageRequest {
        number = Math.max(1, number);
        size = Math.clamp(size, 1, MAX_SIZE);
    }

    /** A page from a URL parameter: missing means the first page, absurdly large means the last int page. */
    public static PageRequest of(Long number, int size) {
        return new PageRequest(number == null ? 1 : (int) Math.min(number, Integer.MAX_VALUE / MAX_SIZE), size);
    }

    /** This page, or the last page of {@code total} items if this one lies beyond it (a stale or edited URL). */
    public PageRequest within(long total) {
        long last = Math.max(1, (total + size - 1) / size);
        return number <= last ? this : new PageRequest((int) last, size);
    }

    public int offset() {
        return (number - 1) * size;
    }
}
