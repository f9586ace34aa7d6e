package com.annexcloud.sdk.examples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** A client that writes exactly the bytes a test gives, as a hostile client would, and reads what comes back. */
final class RawHttp implements AutoCloseable {
    /** A generous upper bound for any wait: far above every timeout the tests configure. */
    static final int PATIENCE_MILLIS = 10_000;

    private final Socket socket;

    private RawHttp(Socket socket) {
        this.socket = socket;
    }

    static RawHttp connect(URI server) throws IOException {
        Socket socket = new Socket(server.getHost(), server.getPort());
        socket.setSoTimeout(PATIENCE_MILLIS);
        return new RawHttp(socket);
    }

    RawHttp send(String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
        return this;
    }

    /** One response on a connection kept open: the status line and headers, then Content-Length bytes of body. */
    String readResponse() throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed before the end of the headers");
            }
            head.write(b);
        }
        String headers = head.toString(StandardCharsets.ISO_8859_1);
        int at = headers.toLowerCase(Locale.ROOT).indexOf("content-length:");
        int length = at < 0 ? 0 : Integer.parseInt(headers.substring(at + 15, headers.indexOf("\r\n", at)).strip());
        return headers + new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    /** Everything the server sends until it closes the connection (a reset counts as closed). */
    String readUntilClosed() throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                received.write(buffer, 0, n);
            }
        } catch (SocketException reset) {
            // closed by the server with unread input on its side
        }
        return received.toString(StandardCharsets.UTF_8);
    }

    /** Whether anything (data or a close) arrives within the wait; the read that saw it is lost. */
    boolean answersWithin(int millis) throws IOException {
        socket.setSoTimeout(millis);
        try {
            socket.getInputStream().read();
            return true;
        } catch (SocketTimeoutException silent) {
            return false;
        } finally {
            socket.setSoTimeout(PATIENCE_MILLIS);
        }
    }

    /** The status code of a response text, or -1 when nothing was answered. */
    static int status(String response) {
        return response.startsWith("HTTP/1.1 ") ? Integer.parseInt(response.substring(9, 12)) : -1;
    }

    /** The body of a response text. */
    static String body(String response) {
        int at = response.indexOf("\r\n\r\n");
        return at < 0 ? "" : response.substring(at + 4);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
