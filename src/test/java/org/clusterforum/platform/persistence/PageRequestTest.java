package org.clusterforum.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void aPageFromAnEditedUrlIsClampedToSaneBounds() {
        assertEquals(1, PageRequest.of(null, 20).number());
        assertEquals(1, PageRequest.of(-3L, 20).number());
        assertEquals(100, PageRequest.of(5L, 1_000).size());
        assertEquals(Integer.MAX_VALUE / PageRequest.MAX_SIZE, PageRequest.of(999_999_999_999L, 20).number());
    }

    @Test
    void aPageBeyondTheLastIsTheLastPage() {
        assertEquals(3, new PageRequest(9, 20).within(41).number());
        assertEquals(2, new PageRequest(2, 20).within(41).number());
        assertEquals(2, new PageRequest(3, 20).within(40).number(), "40 items make 2 pages");
        assertEquals(1, new PageRequest(5, 20).within(0).number(), "an empty list still has page 1");
    }
}
