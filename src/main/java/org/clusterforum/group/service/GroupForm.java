package org.clusterforum.group.service;

import org.clusterforum.group.model.GroupVisibility;

/** What a person types to create or change a group. */
public record GroupForm(String name, String description, GroupVisibility visibility) {
}
