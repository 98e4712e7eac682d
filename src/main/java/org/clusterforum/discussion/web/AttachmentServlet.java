package org.clusterforum.discussion.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.clusterforum.discussion.service.AttachmentFile;
import org.clusterforum.discussion.service.Attachments;
import org.clusterforum.platform.security.CurrentMember;
import org.clusterforum.platform.validation.NotFound;
import org.clusterforum.platform.web.Ids;

/**
 * /attachments/N: an attachment's bytes, only for those who may see its post (404 otherwise, as if it never
 * existed). Images are shown inline, PDFs downloaded; the type sent is the one checked from the bytes on upload.
 */
@WebServlet("/attachments/*")
public class AttachmentServlet extends HttpServlet {

    @Inject
    Attachments attachments;

    @Inject
    CurrentMember currentMember;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Long id = Ids.parse(path.contains("/") ? path.substring(0, path.indexOf('/')) : path);
        AttachmentFile file;
        try {
            if (id == null) {
                throw new NotFound("Attachment");
            }
            file = attachments.open(currentMember.viewer(), id);
        } catch (NotFound e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(file.contentType());
        response.setContentLengthLong(file.size());
        response.setHeader("X-Content-Type-Options", "nosniff");
        // A private group's file is never kept by the browser: a member removed from the group loses it at once.
        response.setHeader("Cache-Control", file.membersOnly() ? "private, no-store" : "private, max-age=3600");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        String encoded = URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        response.setHeader("Content-Disposition", (file.inline() ? "inline" : "attachment")
                + "; filename*=UTF-8''" + encoded);
        Files.copy(file.path(), response.getOutputStream());
    }
}
