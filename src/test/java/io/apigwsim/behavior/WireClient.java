package io.apigwsim.behavior;

import io.apigwsim.http.Headers.Header;
import io.apigwsim.http.HttpResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * A client that writes raw bytes to a served gateway and reads back whole responses as bytes, for the requests no HTTP
 * client library sends as written (malformed ones, exact header lines) and for comparing wire bytes exactly. Reads time
 * out after 10 s, so that a server that never answers fails the test instead of hanging it.
 */
final class WireClient implements AutoCloseable {

    private static final Map<Integer, String> REASONS = Map.of(
            200, "OK",
            400, "Bad Request",
            403, "Forbidden",
            404, "Not Found",
            413, "Content Too Large",
            414, "URI Too Long",
            431, "Request Header Fields Too Large",
            502, "Bad Gateway");

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private WireClient(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    /** Connect to the server behind a served gateway's base URL. */
    static WireClient connect(URI base) {
        try {
            Socket socket = new Socket(InetAddress.getByName(base.getHost()), base.getPort());
            socket.setSoTimeout(10_000);
            return new WireClient(socket);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Write text as ISO-8859-1 bytes, one byte per character, as a request head is written. */
    WireClient write(String text) {
        return write(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    WireClient write(byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Read one whole response: its head, then as many body bytes as its Content-Length says (none for HEAD). */
    byte[] readResponse(boolean toHead) {
        try {
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            while (!endsWithBlankLine(response.toByteArray())) {
                int b = in.read();
                if (b < 0) {
                    throw new IllegalStateException("The server closed the connection after \""
                            + response.toString(StandardCharsets.ISO_8859_1) + "\"");
                }
                response.write(b);
            }
            String head = response.toString(StandardCharsets.ISO_8859_1);
            int length = 0;
            for (String line : head.split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(
                            line.substring(line.indexOf(':') + 1).trim());
                }
            }
            if (!toHead) {
                response.write(in.readNBytes(length));
            }
            return response.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean endsWithBlankLine(byte[] bytes) {
        int n = bytes.length;
        return n >= 4 && bytes[n - 4] == '\r' && bytes[n - 3] == '\n' && bytes[n - 2] == '\r' && bytes[n - 1] == '\n';
    }

    byte[] readResponse() {
        return readResponse(false);
    }

    /** Read one response and return it as ISO-8859-1 text, one character per byte. */
    String readResponseText() {
        return new String(readResponse(), StandardCharsets.ISO_8859_1);
    }

    /** Whether the server has closed the connection: the next read finds its end. */
    boolean closedByServer() {
        try {
            return in.read() < 0;
        } catch (IOException e) {
            return true;
        }
    }

    /** The bytes a response is on the wire: status line, header lines as held, blank line, body. */
    static byte[] wireBytes(HttpResponse response) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringBuilder head = new StringBuilder()
                .append("HTTP/1.1 ")
                .append(response.status())
                .append(' ')
                .append(REASONS.get(response.status()))
                .append("\r\n");
        for (Header header : response.headers().entries()) {
            head.append(header.name()).append(": ").append(header.value()).append("\r\n");
        }
        head.append("\r\n");
        bytes.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(response.body());
        return bytes.toByteArray();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
