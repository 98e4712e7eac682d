package org.clusterforum.account.service;

/** A member as other features name them: in member lists, invitations and requests. */
public record MemberCard(long id, String displayName, String handle, String organisation) implements java.io.Serializable {

    public String profileUrl() {
        return "/members/profile?id=" + id;
    }
}
