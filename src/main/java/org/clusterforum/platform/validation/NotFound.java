package org.clusterforum.platform.validation;

/**
 * The thing asked for does not exist, or the viewer may not see it: both answer the same (404), so private
 * content cannot be discovered by probing ids.
 */
public class NotFound extends RuntimeException {

    public NotFound(String what) {
        super(what + " not found");
    }
}
