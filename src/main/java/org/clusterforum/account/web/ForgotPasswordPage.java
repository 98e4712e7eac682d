package org.clusterforum.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.clusterforum.account.service.AccountEmails;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.InvalidInput;
import org.clusterforum.platform.web.Pages;

/** /account/forgot: ask for a password reset link by email. */
@Named
@RequestScoped
public class ForgotPasswordPage {

    public static final String SENT = "If an account uses that address, we have sent it a link to choose a new"
            + " password. It works for one hour. Check your spam folder if nothing arrives in a few minutes.";

    @Inject
    AccountEmails emails;

    private String email;
    private boolean sent;

    public void send() {
        try {
            emails.requestPasswordReset(email);
            sent = true;
            Pages.notice(SENT);
        } catch (InvalidInput problems) {
            Pages.show(problems, "forgot");
        } catch (Forbidden off) {
            Pages.error(off.getMessage());
        }
    }

    public boolean isMailEnabled() {
        return emails.mailEnabled();
    }

    public String getMailOffMessage() {
        return AccountEmails.MAIL_OFF;
    }

    public boolean isSent() {
        return sent;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
