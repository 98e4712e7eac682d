package org.clusterforum.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.clusterforum.account.service.AccountEmails;
import org.clusterforum.account.service.ForumIdentityStore;
import org.clusterforum.account.service.SignInOutcome;
import org.clusterforum.platform.security.ForumAuthenticationMechanism;
import org.clusterforum.platform.security.SignInThrottle;
import org.clusterforum.platform.web.Pages;

/** /account/signin: email + password; on success back to where the member was going (or home). */
@Named
@RequestScoped
public class SignInPage {

    static final int TOO_MANY_REQUESTS = 429;

    @Inject
    SecurityContext securityContext;

    private String email;
    private String password;
    private String continueTo;
    private boolean unconfirmed;

    @Inject
    AccountEmails emails;

    public void signIn() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ec = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        HttpServletResponse response = (HttpServletResponse) ec.getResponse();
        String typed = password;
        password = null; // never echoed back into the form
        AuthenticationStatus status = CredentialSignIn.signIn(securityContext, email, typed);
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete(); // the mechanism already answered
            case SUCCESS -> Pages.redirect(ForumAuthenticationMechanism.safeContinue(continueTo));
            default -> failed(request, response);
        }
    }

    private void failed(HttpServletRequest request, HttpServletResponse response) {
        Object outcome = request.getAttribute(ForumIdentityStore.OUTCOME_ATTRIBUTE);
        if (outcome instanceof SignInOutcome.Throttled throttled) {
            response.setStatus(TOO_MANY_REQUESTS);
            response.setHeader("Retry-After", Long.toString(Math.max(1, throttled.retryAfter().toSeconds())));
            Pages.error(SignInThrottle.minutesMessage(throttled.retryAfter()));
        } else if (outcome instanceof SignInOutcome.Unverified unverified) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            unconfirmed = true;
            email = unverified.email();
            Pages.error("Confirm your email address first: open the link we sent to " + unverified.email()
                    + " when you registered. No email? Send the link again below.");
        } else if (outcome instanceof SignInOutcome.Suspended suspended) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            Pages.error("This account is suspended " + (suspended.until() == null ? "until the moderators lift it"
                    : "until " + org.clusterforum.platform.web.Formats.at(suspended.until()))
                    + (suspended.reason() == null ? "." : ". Reason: " + suspended.reason()));
        } else {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            Pages.error("The email address or password is not right. Check them and try again.");
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** Sends the confirmation link again to the address typed (nothing if it has no unconfirmed account). */
    public void resendConfirmation() {
        emails.resendVerification(email);
        Pages.notice("If that address has an account waiting for confirmation, we have sent the link again. It"
                + " works for 48 hours.");
    }

    public boolean isUnconfirmed() {
        return unconfirmed;
    }

    public boolean isMailEnabled() {
        return emails.mailEnabled();
    }

    public String getContinueTo() {
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
