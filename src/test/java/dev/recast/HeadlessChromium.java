package dev.recast;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Headless Chromium driven over the Chrome DevTools Protocol, with the JDK's own WebSocket: one
 * page, commands sent and answered in order, events handed to listeners.
 *
 * <pre>{@code
 * try (HeadlessChromium chromium = HeadlessChromium.launch(ExternalTool.require("chromium").toString())) {
 *     chromium.send("Page.navigate", Map.of("url", url));
 *     JsonNode title = chromium.evaluate("document.title");
 * }
 * }</pre>
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<Consumer<JsonNode>> listeners = new CopyOnWriteArrayList<>();

    private HeadlessChromium(Process process, Path profile, URI page) throws IOException {
        this.process = process;
        this.profile = profile;
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(page, new Receiver()).orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
    }

    /** Starts {@code executable} with a fresh profile and opens a blank page to drive. */
    public static HeadlessChromium launch(String executable) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("recast-chromium-");
        Process process = new ProcessBuilder(executable, "--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--autoplay-policy=no-user-gesture-required",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            // Chromium writes the port it chose, and the browser's WebSocket path, into this file.
            Path activePort = profile.resolve("DevToolsActivePort");
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            List<String> lines = List.of();
            while (lines.size() < 2) {
                if (System.nanoTime() > deadline || !process.isAlive()) {
                    throw new IOException("chromium did not open its DevTools port");
                }
                Thread.sleep(50);
                lines = Files.exists(activePort) ? Files.readAllLines(activePort, StandardCharsets.UTF_8) : List.of();
            }
            HttpResponse<String> created = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + lines.get(0).strip() + "/json/new"))
                            .PUT(HttpRequest.BodyPublishers.noBody()).timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 200) {
                throw new IOException("chromium did not open a page: " + created.statusCode() + " " + created.body());
            }
            URI page = URI.create(JSON.readTree(created.body()).path("webSocketDebuggerUrl").asText());
            return new HeadlessChromium(process, profile, page);
        } catch (IOException | InterruptedException | RuntimeException e) {
            process.destroyForcibly();
            deleteTree(profile);
            throw e;
        }
    }

    /** Calls every event ({@code method}, {@code params}) the page sends from now on. */
    public void onEvent(Consumer<JsonNode> listener) {
        listeners.add(listener);
    }

    /** Sends a command and waits for its result; a protocol error becomes an IOException. */
    public JsonNode send(String method, Map<String, ?> params) throws IOException {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode message = JSON.createObjectNode();
        message.put("id", id);
        message.put("method", method);
        message.set("params", JSON.valueToTree(params));
        socket.sendText(JSON.writeValueAsString(message), true).join();
        JsonNode response;
        try {
            response = answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException(method + " got no answer", e);
        } finally {
            pending.remove(id);
        }
        if (response.has("error")) {
            throw new IOException(method + ": " + response.get("error"));
        }
        return response.path("result");
    }

    /**
     * Evaluates {@code expression} in the page, waiting for it when it is a promise, and returns
     * its value as JSON; an exception thrown in the page becomes an IOException.
     */
    public JsonNode evaluate(String expression) throws IOException {
        JsonNode result = send("Runtime.evaluate",
                Map.of("expression", expression, "awaitPromise", true, "returnByValue", true));
        if (result.has("exceptionDetails")) {
            throw new IOException("page threw: " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    @Override
    public void close() throws IOException {
        socket.abort();
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.forEach(ProcessHandle::destroyForcibly);
        try {
            deleteTree(profile);
        } catch (IOException e) {
            // a helper still exiting may write one last file; a leftover temp profile is harmless
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Joins a message's frames, then answers a pending command or hands an event to the listeners. */
    private final class Receiver implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                try {
                    JsonNode message = JSON.readTree(text.toString());
                    if (message.has("id")) {
                        CompletableFuture<JsonNode> answer = pending.get(message.get("id").asInt());
                        if (answer != null) {
                            answer.complete(message);
                        }
                    } else {
                        listeners.forEach(listener -> listener.accept(message));
                    }
                } catch (IOException e) {
                    pending.values().forEach(answer -> answer.completeExceptionally(e));
                }
                text.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }
}
