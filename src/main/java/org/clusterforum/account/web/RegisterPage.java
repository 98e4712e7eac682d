package org.clusterforum.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import org.clusterforum.account.model.OrganisationKind;
import org.clusterforum.account.service.AccountService;
import org.clusterforum.account.service.OrganisationChoice;
import org.clusterforum.account.service.Registration;
import org.clusterforum.platform.validation.InvalidInput;
import org.clusterforum.platform.web.Pages;

/** /account/register: create an account (and, if needed, the member's organisation), then sign in. */
@Named
@RequestScoped
public class RegisterPage {

    /** Value of the organisation list's "not listed" choice. */
    public static final long NEW_ORGANISATION = -1;

    @Inject
    AccountService accounts;

    @Inject
    SecurityContext securityContext;

    @Inject
    org.clusterforum.account.service.AccountEmails emails;

    private String displayName;
    private String email;
    private String password;
    private Long organisationId;
    private String newOrganisationName;
    private OrganisationKind newOrganisationKind;
    private List<OrganisationChoice> organisations;

    public void register() {
        String typedPassword = password;
        password = null;
        Long chosen = organisationId == null || organisationId == NEW_ORGANISATION ? null : organisationId;
        try {
            accounts.register(new Registration(displayName, email, typedPassword, chosen,
                    chosen == null ? newOrganisationName : null, chosen == null ? newOrganisationKind : null));
        } catch (InvalidInput problems) {
            Pages.show(problems, "register");
            return;
        } catch (org.clusterforum.platform.validation.Forbidden closed) {
            Pages.error(closed.getMessage());
            return;
        }
        if (emails.mailEnabled()) {
            Pages.info("Welcome, " + displayName.strip() + ". We have sent a link to " + email.strip()
                    + ": open it to confirm your address, then sign in. It works for 48 hours.");
            Pages.redirect("/account/signin?email=" + java.net.URLEncoder.encode(email.strip(),
                    java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        CredentialSignIn.signIn(securityContext, email, typedPassword);
        Pages.info("Welcome to the forum, " + displayName.strip() + ". Your account is ready.");
        Pages.redirect("/");
    }

    /** What the page says instead of the form while registration is closed. */
    public String getClosedMessage() {
        return AccountService.REGISTRATION_CLOSED;
    }

    public List<OrganisationChoice> getOrganisations() {
        if (organisations == null) {
            organisations = accounts.organisations();
        }
        return organisations;
    }

    public OrganisationKind[] getOrganisationKinds() {
        return OrganisationKind.values();
    }

    public long getNewOrganisationValue() {
        return NEW_ORGANISATION;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
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

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getNewOrganisationName() {
        return newOrganisationName;
    }

    public void setNewOrganisationName(String newOrganisationName) {
        this.newOrganisationName = newOrganisationName;
    }

    public OrganisationKind getNewOrganisationKind() {
        return newOrganisationKind;
    }

    public void setNewOrganisationKind(OrganisationKind newOrganisationKind) {
        this.newOrganisationKind = newOrganisationKind;
    }
}
