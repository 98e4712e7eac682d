package org.clusterforum.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.clusterforum.account.service.AccountEmails;
import org.clusterforum.platform.validation.InvalidInput;
import org.clusterforum.platform.web.Pages;

/**
 * /account/verify?token=…: the link in the confirmation email. Opening it confirms the address (it only ever
 * proves that the email arrived, so a mail scanner opening it first does no harm) and leads to the sign-in form.
 */
@Named
@RequestScoped
public class VerifyEmailPage {

    @Inject
    AccountEmails emails;

    private String token;

    public void verify() {
        try {
            String email = emails.verify(token);
            Pages.info("Thank you: your email address is confirmed. Sign in to start.");
            Pages.redirect("/account/signin?email=" + URLEncoder.encode(email, StandardCharsets.UTF_8));
        } catch (InvalidInput invalid) {
            Pages.error(AccountEmails.LINK_NOT_VALID);
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
