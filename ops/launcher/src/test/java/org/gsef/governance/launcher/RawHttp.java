package org.gsef.governance.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP/1.1 written by hand on a socket from a chosen loopback address: for what a well-behaved client library will not
 * send (a forged {@code Host}, a body that trickles in) and for reading headers exactly as the server wrote them.
 */
final class RawHttp {

    private RawHttp() {}

    /** An answer: its status, its header lines as sent, its body. */
    record Answer(int status, List<String> headers, String body) {

        /** The values of a header, whatever its case. */
        List<String> header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream()
                    .filter(line -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(line -> line.substring(prefix.length()).strip())
                    .toList();
        }

        String first(String name) {
            List<String> values = header(name);
            return values.isEmpty() ? null : values.getFirst();
        }

        /** The value of a cookie the answer sets, without its attributes; null when it sets none. */
        String cookie(String name) {
            for (String cookie : header("Set-Cookie")) {
                if (cookie.startsWith(name + "=")) {
                    return cookie.substring(
                            name.length() + 1, cookie.indexOf(';') < 0 ? cookie.length() : cookie.indexOf(';'));
                }
            }
            return null;
        }
    }

    /** Opens a connection to the server on 127.0.0.1 from the given local address. */
    static Socket connect(int port, String from) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        return socket;
    }

    /**
     * Sends the request head (request line and headers, without the blank line), with {@code Connection: close} and
     * the body's length, then the body, and reads the answer whole.
     */
    static Answer send(int port, String from, String head, String body) throws IOException {
        try (Socket socket = connect(port, from)) {
            byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            String request = head.strip().replace("\r\n", "\n").replace("\n", "\r\n") + "\r\nConnection: close\r\n"
                    + (body == null ? "" : "Content-Length: " + bytes.length + "\r\n") + "\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.write(bytes);
            out.flush();
            return read(socket, Duration.ofSeconds(10));
        }
    }

    /** Reads an answer until the server closes the connection, which it must do within the time given. */
    static Answer read(Socket socket, Duration patience) throws IOException {
        long until = System.nanoTime() + patience.toNanos();
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[8192];
        for (int n = 0; n >= 0; ) {
            long left = until - System.nanoTime();
            if (left <= 0) {
                throw new SocketTimeoutException("the connection was still open after " + patience.toSeconds()
                        + " s; so far: " + all.toString(StandardCharsets.UTF_8));
            }
            socket.setSoTimeout((int) Math.max(1, left / 1_000_000));
            n = in.read(buffer);
            if (n > 0) {
                all.write(buffer, 0, n);
            }
        }
        return parse(all.toString(StandardCharsets.UTF_8));
    }

    /** Waits up to {@code patience} for an answer on a connection still open; null when none came. */
    static Answer await(Socket socket, Duration patience) throws IOException {
        socket.setSoTimeout((int) patience.toMillis());
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                all.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException nothingMore) {
            // the server kept the connection open
        } catch (IOException reset) {
            // the server closed the connection
        }
        return all.size() == 0 ? null : parse(all.toString(StandardCharsets.UTF_8));
    }

    private static Answer parse(String text) {
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        List<String> lines = new ArrayList<>(List.of(head.split("\r\n")));
        int status = Integer.parseInt(lines.removeFirst().split(" ")[1]);
        return new Answer(status, lines, end < 0 ? "" : text.substring(end + 4));
    }

    /** A sign-in at the login form: the answer to the form sent, and the session it leaves signed in (or not). */
    record SignIn(Answer answer, String session) {}

    /**
     * Reads the login form from the given address with the given {@code Host} header, in the given session (null: a
     * new one), and sends it back with the account, the password and the form's CSRF token.
     */
    static SignIn signIn(int port, String from, String host, String session, String account, String password)
            throws IOException {
        Answer form = send(
                port,
                from,
                "GET /login HTTP/1.1\nHost: " + host + (session == null ? "" : "\nCookie: JSESSIONID=" + session),
                null);
        String current = form.cookie("JSESSIONID") == null ? session : form.cookie("JSESSIONID");
        Answer answer = send(
                port,
                from,
                "POST /login HTTP/1.1\nHost: " + host + "\nCookie: JSESSIONID=" + current
                        + "\nContent-Type: application/x-www-form-urlencoded",
                "username=" + account + "&password=" + password + "&_csrf=" + csrfToken(form.body()));
        return new SignIn(answer, answer.cookie("JSESSIONID") == null ? current : answer.cookie("JSESSIONID"));
    }

    /** The CSRF token of the login form in the page. */
    static String csrfToken(String page) {
        Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token in the page: " + page);
        }
        return token.group(1);
    }
}
