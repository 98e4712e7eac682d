package org.clusterforum.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * The "session has expired" page: hands back what the member had typed into the form that could not be sent.
 * Faces may wrap the ViewExpiredException, and the container then shows the general error page, which asks
 * {@link #isExpired()} to tell this case apart.
 */
@Named
@RequestScoped
public class ExpiredPage {

    @Inject
    HttpServletRequest request;

    private List<String> written;

    /** Whether the error being shown is an expired form (a ViewExpiredException anywhere among its causes). */
    public boolean isExpired() {
        Object error = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_EXCEPTION);
        for (Throwable t = error instanceof Throwable thrown ? thrown : null; t != null; t = t.getCause()) {
            if (t instanceof jakarta.faces.application.ViewExpiredException) {
                return true;
            }
        }
        return false;
    }

    public List<String> getWritten() {
        if (written == null) {
            written = "POST".equals(request.getMethod()) ? UnsentText.of(request.getParameterMap()) : List.of();
        }
        return written;
    }
}
