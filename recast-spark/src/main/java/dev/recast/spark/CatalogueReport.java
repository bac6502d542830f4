package dev.recast.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code catalogue-report.jsonl}: a line an episode, in the show's order, saying what the job did
 * with it.
 *
 * <pre>
 * {"episode":"ep-1","status":"rendered","audioSeconds":12.48,"wallSeconds":3.2,"utterances":9,"cacheHits":0}
 * {"episode":"ep-2","status":"failed","audioSeconds":0.0,"wallSeconds":0.4,"utterances":0,"cacheHits":0,"error":"recast: …"}
 * </pre>
 */
final class CatalogueReport {

    static final String FILE = "catalogue-report.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    private CatalogueReport() {
    }

    static byte[] lines(List<EpisodeOutcome> outcomes) {
        StringBuilder text = new StringBuilder();
        for (EpisodeOutcome outcome : outcomes) {
            ObjectNode line = JSON.createObjectNode();
            line.put("episode", outcome.slug());
            line.put("status", outcome.status().label());
            line.put("audioSeconds", Math.round(outcome.audioSeconds() * 1000) / 1000.0);
            line.put("wallSeconds", Math.round(outcome.wallSeconds() * 1000) / 1000.0);
            line.put("utterances", outcome.utterances());
            line.put("cacheHits", outcome.cacheHits());
            if (outcome.error() != null) {
                line.put("error", outcome.error());
            }
            try {
                text.append(JSON.writeValueAsString(line)).append('\n');
            } catch (JsonProcessingException e) {
                // A tree of plain nodes always serializes.
                throw new UncheckedIOException(e);
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
