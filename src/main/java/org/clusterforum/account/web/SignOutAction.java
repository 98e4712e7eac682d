package org.clusterforum.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.clusterforum.platform.web.Pages;

/** The header's "Sign out" button: ends the session entirely. */
@Named
@RequestScoped
public class SignOutAction {

    public void signOut() throws ServletException {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) ec.getRequest()).logout();
        ec.invalidateSession();
        Pages.redirect("/?signedOut=true");
    }
}
