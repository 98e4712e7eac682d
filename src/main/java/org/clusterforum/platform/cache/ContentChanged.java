package org.clusterforum.platform.cache;

/** Some content visitors can see was written in the current transaction. */
public record ContentChanged(String what) {
}
