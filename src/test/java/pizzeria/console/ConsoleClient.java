package pizzeria.console;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser without a browser: keeps the console's cookies, follows nothing, reads the CSRF field from pages. */
final class ConsoleClient {
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    ConsoleClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** A header sent with every request (as a proxy in front would add it). */
    ConsoleClient header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    HttpResponse<String> get(String path) throws Exception {
        return keep(http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString()));
    }

    HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return keep(http.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** Signs in with the token through the form, as a browser would; returns the redirect's answer. */
    HttpResponse<String> signIn(String token) throws Exception {
        String csrf = csrf(get("/console").body());
        return post("/console/sign-in", Map.of("csrf", csrf, "token", token));
    }

    /** Opens an event stream with the cookies and hands back each event's data line, as it comes. */
    /** Put first in a stream's queue once the server says it is subscribed. */
    static final String CONNECTED = "(connected)";

    java.util.concurrent.BlockingQueue<String> stream(String path) {
        java.util.concurrent.BlockingQueue<String> events = new java.util.concurrent.LinkedBlockingQueue<>();
        http.sendAsync(request(path).GET().build(), HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> r.body().forEach(l -> {
            if (l.startsWith(": connected")) events.add(CONNECTED);
            else if (l.startsWith("data: ")) events.add(l.substring(6));
        }));
        return events;
    }

    static String csrf(String page) {
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page);
        if (!m.find()) throw new AssertionError("no CSRF field on the page:\n" + page);
        return m.group(1);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        headers.forEach(b::header);
        if (!cookies.isEmpty()) {
            b.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
        return b;
    }

    private HttpResponse<String> keep(HttpResponse<String> r) {
        for (String set : r.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq);
            String value = pair.substring(eq + 1);
            if (value.isEmpty() || set.toLowerCase().contains("max-age=0")) cookies.remove(name);
            else cookies.put(name, value);
        }
        return r;
    }
}
