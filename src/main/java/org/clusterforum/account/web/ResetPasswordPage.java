package org.clusterforum.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.clusterforum.account.service.AccountEmails;
import org.clusterforum.platform.validation.InvalidInput;
import org.clusterforum.platform.web.Pages;

/** /account/reset?token=…: choose a new password from the link in a reset email. */
@Named
@RequestScoped
public class ResetPasswordPage {

    @Inject
    AccountEmails emails;

    private String token;
    private String password;
    private String repeated;
    private boolean valid;
    private boolean dead;

    /** Checks the link without using it up (opening the page twice is fine). */
    public void load() {
        valid = emails.resetLinkValid(token);
        dead = !valid;
        if (!valid) {
            Pages.error(AccountEmails.LINK_NOT_VALID);
        }
    }

    public void reset() {
        String typed = password;
        String again = repeated;
        password = null;
        repeated = null;
        try {
            String email = emails.resetPassword(token, typed, again);
            Pages.info("Your new password is set. Sign in with it.");
            Pages.redirect("/account/signin?email=" + URLEncoder.encode(email, StandardCharsets.UTF_8));
        } catch (InvalidInput problems) {
            dead = problems.messages().containsKey("token");
            if (dead) {
                Pages.error(AccountEmails.LINK_NOT_VALID);
            } else {
                Pages.show(problems, "reset");
            }
        }
    }

    /**
     * The form shows for a usable link, and on its own postback (the link is checked again when it is used) until
     * the link turns out to be dead.
     */
    public boolean isFormShown() {
        boolean postback = jakarta.faces.context.FacesContext.getCurrentInstance().isPostback();
        return !dead && (valid || postback);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
