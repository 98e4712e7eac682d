package org.clusterforum.notification.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.clusterforum.notification.service.EmailSettings;
import org.clusterforum.platform.validation.Forbidden;

/**
 * POST /mail/one-click?m=…&amp;k=…&amp;kind=…: the address in every notification email's List-Unsubscribe header.
 * Mail programs post {@code List-Unsubscribe=One-Click} here (RFC 8058) when the reader presses their own
 * "Unsubscribe" button; a GET shows the unsubscribe page instead.
 */
@WebServlet("/mail/one-click")
public class OneClickUnsubscribeServlet extends HttpServlet {

    @Inject
    EmailSettings settings;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long member;
        try {
            member = Long.parseLong(String.valueOf(request.getParameter("m")).strip());
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            settings.unsubscribe(member, request.getParameter("k"), request.getParameter("kind"));
        } catch (Forbidden invalid) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("Unsubscribed.\n");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String query = request.getQueryString();
        response.sendRedirect(request.getContextPath() + "/mail/unsubscribe" + (query == null ? "" : "?" + query));
    }
}
