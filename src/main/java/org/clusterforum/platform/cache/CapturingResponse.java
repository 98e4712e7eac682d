package org.clusterforum.platform.cache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps a response's body in memory instead of sending it, and notes the headers set on it (they still reach
 * the real response), so that {@link GuestPageCache} can keep the page and send it itself.
 */
class CapturingResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
    private final Map<String, String> headers = new LinkedHashMap<>();
    private boolean setsCookie;
    private boolean sentElsewhere;
    private ServletOutputStream stream;
    private PrintWriter writer;

    CapturingResponse(HttpServletResponse response) {
        super(response);
    }

    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return bytes.toByteArray();
    }

    Map<String, String> headers() {
        return headers;
    }

    boolean setsCookie() {
        return setsCookie;
    }

    /** An error or a redirect was sent on the real response: the captured body must not follow it. */
    boolean sentElsewhere() {
        return sentElsewhere;
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        sentElsewhere = true;
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        sentElsewhere = true;
        super.sendError(sc);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        sentElsewhere = true;
        super.sendRedirect(location);
    }

    @Override
    public void setHeader(String name, String value) {
        note(name, value);
        super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        note(name, value);
        super.addHeader(name, value);
    }

    @Override
    public void addCookie(Cookie cookie) {
        setsCookie = true;
        super.addCookie(cookie);
    }

    private void note(String name, String value) {
        if ("Set-Cookie".equalsIgnoreCase(name)) {
            setsCookie = true;
        } else if (!"Content-Length".equalsIgnoreCase(name) && !"Date".equalsIgnoreCase(name)) {
            headers.put(name, value);
        }
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    bytes.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    bytes.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("Not for asynchronous output");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset), false);
        }
        return writer;
    }

    @Override
    public void flushBuffer() {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public void setContentLength(int len) {
        // the real length is set when the page is sent
    }

    @Override
    public void setContentLengthLong(long len) {
        // the real length is set when the page is sent
    }

    @Override
    public void resetBuffer() {
        bytes.reset();
    }

    @Override
    public void reset() {
        bytes.reset();
        headers.clear();
        super.reset();
    }

    @Override
    public boolean isCommitted() {
        return false;
    }
}
