package id.sp4n.portal.support;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Guest complaints filed through the JSON API by a few client threads, as fast as the portal answers, against
 * whichever instance the supplier names at the moment (round robin, a restarted one, …). Remembers every complaint
 * the portal acknowledged with a tracking number (201) and its reporter's address; everything else (503, refused
 * connections while an instance is down) is only counted, since the citizen was told it did not work.
 */
public final class SubmissionLoad implements AutoCloseable {

    private static final Pattern NUMBER = Pattern.compile("\"trackingNumber\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    private final Map<Integer, AtomicInteger> otherAnswers = new ConcurrentHashMap<>();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger sequence = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> clients = new ArrayList<>();
    private final String run = Long.toString(System.nanoTime(), 36);

    public SubmissionLoad(int threads, Supplier<String> baseUrl) {
        for (int t = 0; t < threads; t++) {
            Thread client = new Thread(() -> {
                while (running.get()) {
                    fileOne(baseUrl.get());
                }
            }, "load-" + t);
            client.start();
            clients.add(client);
        }
    }

    private void fileOne(String baseUrl) {
        int n = sequence.incrementAndGet();
        String email = "muatan-" + run + "-" + n + "@example.id";
        Map<String, String> form = new LinkedHashMap<>();
        form.put("type", "PENGADUAN");
        form.put("title", "Lampu jalan padam di gang " + n);
        form.put("description", "Lampu penerangan jalan di gang kami padam sejak seminggu dan belum ada perbaikan.");
        form.put("incidentDate", LocalDate.now().minusDays(2).toString());
        form.put("provinceCode", "32");
        form.put("regencyCode", "32.73");
        form.put("categoryCode", "PENDIDIKAN-DASAR");
        form.put("name", "Warga " + n);
        form.put("email", email);
        form.put("formKey", "muatan" + run + "x" + n);
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/complaints"))
                .timeout(Duration.ofSeconds(15)).header("Accept", "application/json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher number = NUMBER.matcher(answer.body());
            if (answer.statusCode() == 201 && number.find()) {
                acknowledged.put(number.group(1), email);
            } else {
                otherAnswers.computeIfAbsent(answer.statusCode(), code -> new AtomicInteger()).incrementAndGet();
            }
        } catch (java.io.IOException e) {
            refused.incrementAndGet();
            pause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.set(false);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Tracking number → reporter address, of every complaint acknowledged so far. */
    public Map<String, String> acknowledged() {
        return Map.copyOf(acknowledged);
    }

    public Set<String> numbers() {
        return Set.copyOf(acknowledged.keySet());
    }

    public String summary() {
        return acknowledged.size() + " acknowledged, other answers " + otherAnswers + ", " + refused
                + " connections refused or cut";
    }

    /** Requests that got no answer: connection refused or cut. */
    public int refused() {
        return refused.get();
    }

    public Map<Integer, AtomicInteger> otherAnswers() {
        return otherAnswers;
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        for (Thread client : clients) {
            client.join(30_000);
        }
    }
}
