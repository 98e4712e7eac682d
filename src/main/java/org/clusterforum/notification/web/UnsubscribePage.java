package org.clusterforum.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.clusterforum.notification.service.EmailSettings;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.web.Pages;

/**
 * /mail/unsubscribe?m=…&amp;k=…&amp;kind=…: the link at the foot of every notification email. Works without
 * signing in (the key in the link is the member's own); opening it changes nothing, a button does, so mail
 * scanners that open links cannot unsubscribe anyone.
 */
@Named
@RequestScoped
public class UnsubscribePage {

    @Inject
    EmailSettings settings;

    private String member;
    private String key;
    private String kind;
    private String kindLabel;
    private boolean valid;
    private boolean done;
    private String problem;

    /** Reads the link's parameters: in the query string when opened, in hidden fields when a button is pressed. */
    @jakarta.annotation.PostConstruct
    void load() {
        var params = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap();
        member = params.get("m");
        key = params.get("k");
        kind = params.get("kind");
        try {
            kindLabel = settings.unsubscribeTarget(memberId(), key, kind).orElse(null);
            valid = true;
        } catch (Forbidden invalid) {
            problem = invalid.getMessage(); // shown in the page: this runs while it renders, after the messages
        }
    }

    public void unsubscribe() {
        act(kind, "You will not get emails for “" + kindLabel + "” any more.");
    }

    public void unsubscribeAll() {
        act(null, "You will not get notification emails from this forum any more.");
    }

    private void act(String which, String message) {
        try {
            settings.unsubscribe(memberId(), key, which);
            done = true;
            Pages.notice(message + " You can change your mind in your email settings.");
        } catch (Forbidden invalid) {
            valid = false;
            problem = invalid.getMessage();
        }
    }

    private long memberId() {
        try {
            return Long.parseLong(member == null ? "" : member.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public boolean isValid() {
        return valid;
    }

    /** Why the link cannot be used, or null. */
    public String getProblem() {
        return problem;
    }

    public boolean isDone() {
        return done;
    }

    public String getKindLabel() {
        return kindLabel;
    }

    public String getMember() {
        return member;
    }

    public void setMember(String member) {
        this.member = member;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }
}
