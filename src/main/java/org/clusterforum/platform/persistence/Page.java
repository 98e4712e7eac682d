package org.clusterforum.platform.persistence;

import java.io.Serializable;
import java.util.List;

/** One page of a list plus what a pager needs to draw itself. */
public record Page<T>(List<T> items, int number, int size, long total) implements Serializable {

    public Page {
        items = List.copyOf(items);
    }

    public int pageCount() {
        return total == 0 ? 1 : (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < pageCount();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** 1-based position of the first item of this page in the whole list. */
    public long firstIndex() {
        return (long) (number - 1) * size + 1;
    }
}
