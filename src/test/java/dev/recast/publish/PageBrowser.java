package dev.recast.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.recast.ExternalTool;
import dev.recast.HeadlessChromium;
import dev.recast.StaticFileServer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The rendered folder served over HTTP and a 1200×900 page in headless Chromium; closing it
 * fails the test when the page logged an error or threw.
 */
final class PageBrowser implements AutoCloseable {
    final HeadlessChromium chromium;
    private final StaticFileServer server;
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());

    private PageBrowser(StaticFileServer server, HeadlessChromium chromium) {
        this.server = server;
        this.chromium = chromium;
    }

    static PageBrowser open(Path folder) throws Exception {
        ExternalTool chromiumTool = ExternalTool.require("chromium");
        StaticFileServer server = StaticFileServer.serve(folder);
        PageBrowser browser = new PageBrowser(server, HeadlessChromium.launch(chromiumTool.toString()));
        browser.chromium.onEvent(event -> {
            String method = event.path("method").asText();
            JsonNode params = event.path("params");
            if (method.equals("Runtime.exceptionThrown")
                    || method.equals("Runtime.consoleAPICalled")
                            && List.of("error", "assert").contains(params.path("type").asText())
                    || method.equals("Log.entryAdded") && params.path("entry").path("level").asText()
                            .equals("error")) {
                browser.errors.add(event.toString());
            }
        });
        browser.chromium.send("Runtime.enable", Map.of());
        browser.chromium.send("Log.enable", Map.of());
        browser.chromium.send("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1200, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        // Focus as a window in front has it, so Tab and :focus-visible behave as for a listener.
        browser.chromium.send("Emulation.setFocusEmulationEnabled", Map.of("enabled", true));
        return browser;
    }

    /** Opens the page at the address {@code address} gives for the server, and waits for the audio's metadata. */
    void load(Function<StaticFileServer, String> address) throws Exception {
        visit(address);
        waitFor("document.getElementById('player').readyState >= 1");
    }

    /** Opens the page at the address {@code address} gives for the server, and waits for it to load. */
    void visit(Function<StaticFileServer, String> address) throws Exception {
        chromium.send("Page.navigate", Map.of("url", address.apply(server)));
        waitFor("document.readyState === 'complete'");
    }

    /** A key pressed and released where the focus is; Enter also types its character, as a keyboard does. */
    void press(String key, String code, int keyCode) throws IOException {
        Map<String, Object> down = new HashMap<>(Map.of("type", "keyDown", "key", key, "code", code,
                "windowsVirtualKeyCode", keyCode));
        if (key.equals("Enter")) {
            down.put("text", "\r");
        }
        chromium.send("Input.dispatchKeyEvent", down);
        chromium.send("Input.dispatchKeyEvent", Map.of("type", "keyUp", "key", key, "code", code,
                "windowsVirtualKeyCode", keyCode));
    }

    void waitFor(String condition) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!chromium.evaluate(condition).asBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + condition);
            }
            Thread.sleep(50);
        }
    }

    @Override
    public void close() throws IOException {
        try (server; chromium) {
            assertEquals(List.of(), errors, "console errors");
        }
    }
}

