package org.clusterforum.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.clusterforum.platform.validation.InvalidInput;

/** What backing beans need from Faces, said once: 404s, redirects and messages next to fields. */
public final class Pages {

    private Pages() {
    }

    /** Answers 404 with the not-found page and stops rendering the current view. */
    public static void notFound() {
        sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    public static void sendError(int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** Redirects to an application path such as {@code /threads/thread?id=4#post-2} (post-redirect-get). */
    public static void redirect(String path) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ec = faces.getExternalContext();
        try {
            ec.getFlash().setKeepMessages(true);
            ec.redirect(ec.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** Answers 301 to an application path: the page asked for lives there now, for good (a merged thread). */
    public static void movedPermanently(String path) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ec = faces.getExternalContext();
        ec.setResponseStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        ec.setResponseHeader("Location", ec.getRequestContextPath() + path);
        faces.responseComplete();
    }

    /**
     * Shows each problem next to its field: the field name is the input's id inside {@code formId}; problems
     * without a field go to the form's global messages.
     */
    public static void show(InvalidInput problems, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Map.Entry<String, String> e : problems.messages().entrySet()) {
            String clientId = e.getKey().isEmpty() ? null : formId + ":" + e.getKey();
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getValue(), e.getValue()));
        }
        faces.validationFailed();
    }

    public static void error(String message) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }

    /** An informational message on the page being rendered now (no redirect follows). */
    public static void notice(String message) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, message, message));
    }

    /** A message that survives the redirect that usually follows it. */
    public static void info(String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, message));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }
}
