package vn.dti.benchmarks;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A minimal HTTP/1.1 client over one kept-alive connection, one request at a time: the request
 * written in one piece, the answer read by its Content-Length or chunks. It does next to nothing, so
 * that on a 2-core machine the service, not the client, is what the server benchmark measures
 * (the JDK's {@code java.net.http} client, which other rows use, costs a noticeable share of the
 * same cores).
 */
final class LeanHttpClient implements Closeable {
    private final Socket socket;
    private final BufferedInputStream in;
    private final OutputStream out;
    private final String host;
    private final String token;
    private byte[] answer = new byte[65536];

    LeanHttpClient(String url, String token) throws IOException {
        URI u = URI.create(url);
        socket = new Socket(u.getHost(), u.getPort());
        socket.setTcpNoDelay(true);
        in = new BufferedInputStream(socket.getInputStream(), 65536);
        out = new BufferedOutputStream(socket.getOutputStream(), 65536);
        host = u.getHost() + ":" + u.getPort();
        this.token = token;
    }

    /**
     * POSTs {@code body}; the answer body's length, or an IOException when its status is not
     * {@code status}. The body is read into a buffer the client keeps: in the benchmark's JVM, the
     * client's garbage would pause the server too.
     */
    int post(String path, byte[] body, String contentType, int status) throws IOException {
        String head = "POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: Bearer " + token + "\r\nContent-Type: " + contentType
                + "\r\nContent-Length: " + body.length + "\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        String statusLine = line();
        int code = Integer.parseInt(statusLine.split(" ")[1]);
        int length = -1;
        boolean chunked = false;
        for (String h = line(); !h.isEmpty(); h = line()) {
            String lower = h.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(h.substring(15).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        int read = 0;
        if (chunked) {
            while (true) {
                int n = Integer.parseInt(line().split(";")[0].strip(), 16);
                if (n == 0) {
                    line();
                    break;
                }
                read = readInto(read, n);
                line();
            }
        } else {
            read = readInto(0, length);
        }
        if (code != status) {
            throw new IOException(path + ": " + code + " " + new String(answer, 0, read, StandardCharsets.UTF_8));
        }
        return read;
    }

    /** Reads n bytes of the answer's body into the kept buffer after its first {@code at}; the length read so far. */
    private int readInto(int at, int n) throws IOException {
        if (answer.length < at + n) {
            answer = java.util.Arrays.copyOf(answer, Math.max(at + n, answer.length * 2));
        }
        if (in.readNBytes(answer, at, n) != n) {
            throw new EOFException();
        }
        return at + n;
    }

    private String line() throws IOException {
        StringBuilder sb = new StringBuilder(64);
        int c;
        while ((c = in.read()) != '\n') {
            if (c < 0) {
                throw new EOFException();
            }
            if (c != '\r') {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
