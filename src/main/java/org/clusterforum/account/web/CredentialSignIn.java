package org.clusterforum.account.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Signs the current request in with an email and password, and gives the session a new id on success. */
final class CredentialSignIn {

    private CredentialSignIn() {
    }

    static AuthenticationStatus signIn(SecurityContext securityContext, String email, String password) {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) ec.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true).credential(
                        new UsernamePasswordCredential(email == null ? "" : email.strip(),
                                new Password(password == null ? "" : password))));
        if (status == AuthenticationStatus.SUCCESS) {
            request.changeSessionId(); // no session fixation: the pre-sign-in id is worthless now
        }
        return status;
    }
}
