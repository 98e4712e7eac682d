package org.clusterforum.account.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.clusterforum.account.service.AccountService;
import org.clusterforum.account.service.MentionSuggestion;
import org.clusterforum.platform.security.CurrentMember;

/**
 * GET /members/mentions?q=pri: the members the editor offers while a member types "@pri", as JSON
 * ({@code [{"handle":"dr-priya-raman","name":"Dr Priya Raman"}]}). Signed-in members only (403 otherwise).
 */
@WebServlet("/members/mentions")
public class MentionSuggestionsServlet extends HttpServlet {

    @Inject
    AccountService accounts;

    @Inject
    CurrentMember currentMember;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!currentMember.isSignedIn()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (MentionSuggestion s : accounts.suggestMentions(currentMember.viewer(), request.getParameter("q"))) {
            list.add(Json.createObjectBuilder().add("handle", s.handle()).add("name", s.displayName()));
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(list.build().toString());
    }
}
