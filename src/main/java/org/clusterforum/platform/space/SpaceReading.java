package org.clusterforum.platform.space;

import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorCustomizer;

/**
 * Reads a space with its kind's table in one statement (an outer join per kind) instead of first asking for the
 * kind and then reading the kind's row: a thread page reads its space on every request.
 */
public class SpaceReading implements DescriptorCustomizer {

    @Override
    public void customize(ClassDescriptor descriptor) {
        descriptor.getInheritancePolicy().setShouldOuterJoinSubclasses(true);
    }
}
