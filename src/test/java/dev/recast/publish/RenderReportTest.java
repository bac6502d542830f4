package dev.recast.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recast.clean.Removal;
import dev.recast.clean.RemovalReason;
import dev.recast.clean.Section;
import dev.recast.episode.Chapter;
import dev.recast.episode.Levels;
import dev.recast.episode.Placed;
import dev.recast.episode.SectionSpan;
import dev.recast.episode.Timeline;
import dev.recast.ingest.SourceTime;
import dev.recast.segment.Utterance;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RenderReportTest {

    private static final Timeline TIMELINE = TestEpisode.TIMELINE;

    private final String json = RenderReport.render(TestEpisode.INFO, TIMELINE, TestEpisode.SECTIONS);

    @Test
    void theEpisodeAndItsFormat() throws IOException {
        JsonNode root = parse();
        assertEquals(List.of("title", "author", "format", "totalSamples", "durationSeconds", "voices", "loudness",
                "timing", "sections", "skippedSections", "chapters", "utterances"), fieldNames(root));
        assertTrue(root.path("loudness").isNull());
        assertEquals("{\"mode\":\"natural\"}", root.path("timing").toString());
        assertEquals("Recast: Episode 7", root.path("title").asText());
        assertEquals("Ana Núñez", root.path("author").asText());
        assertEquals(16_000, root.path("format").path("sampleRate").asInt());
        assertEquals(16, root.path("format").path("bitsPerSample").asInt());
        assertEquals(1, root.path("format").path("channels").asInt());
        assertEquals(TIMELINE.totalSamples(), root.path("totalSamples").asLong());
        assertSameNumber(new BigDecimal("3.001"), root.path("durationSeconds"));
    }

    @Test
    void loudnessRoundedToHundredthsAndSilenceAsNull() throws IOException {
        Levels levels = new Levels(-16, -1.5, -25.12345, -9.876, 9.12345, -16.004, -1.5012);
        JsonNode loudness = loudnessOf(levels);
        assertEquals(List.of("targetLufs", "ceilingDbtp", "synthesizedLufs", "synthesizedTruePeakDbtp", "gainDb",
                "lufs", "truePeakDbtp"), fieldNames(loudness));
        assertSameNumber(new BigDecimal("-25.12"), loudness.path("synthesizedLufs"));
        assertSameNumber(new BigDecimal("9.12"), loudness.path("gainDb"));
        assertSameNumber(new BigDecimal("-1.50"), loudness.path("truePeakDbtp"));
        Levels silent = new Levels(-16, -1.5, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, 0,
                Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY);
        JsonNode none = loudnessOf(silent);
        assertTrue(none.path("lufs").isNull());
        assertSameNumber(new BigDecimal("0.00"), none.path("gainDb"));
    }

    @Test
    void sectionsRoundTripWithTheirFilesAndRemovals() throws IOException {
        JsonNode sections = parse().path("sections");
        assertEquals(TIMELINE.sections().size(), sections.size());
        EpisodeFiles files = EpisodeFiles.of(TIMELINE);
        for (int i = 0; i < sections.size(); i++) {
            SectionSpan span = TIMELINE.sections().get(i);
            JsonNode parsed = sections.path(i);
            assertEquals(List.of("index", "title", "source", "file", "startSample", "endSample", "removals", "paragraphs"),
                    fieldNames(parsed));
            assertEquals(span, new SectionSpan(parsed.path("index").asInt(), parsed.path("title").asText(),
                    parsed.path("source").asText(), parsed.path("startSample").asLong(),
                    parsed.path("endSample").asLong()));
            assertEquals(files.sectionWav(span), parsed.path("file").asText());
            List<Removal> removals = new ArrayList<>();
            for (JsonNode removal : parsed.path("removals")) {
                removals.add(new Removal(removal.path("line").asInt(), removal.path("text").asText(),
                        RemovalReason.valueOf(removal.path("reason").asText().toUpperCase(Locale.ROOT))));
            }
            assertEquals(TestEpisode.SECTIONS.get(i).removals(), removals);
        }
        assertEquals("boilerplate", sections.path(0).path("removals").path(0).path("reason").asText());
    }

    @Test
    void chaptersRoundTripWithTheirLevels() throws IOException {
        JsonNode chapters = parse().path("chapters");
        assertEquals(TIMELINE.chapters().size(), chapters.size());
        for (int i = 0; i < chapters.size(); i++) {
            Chapter chapter = TIMELINE.chapters().get(i);
            JsonNode parsed = chapters.path(i);
            assertEquals(chapter, new Chapter(parsed.path("title").asText(), parsed.path("level").asInt(),
                    parsed.path("startSample").asLong()));
            assertSameNumber(Seconds.at(TIMELINE, chapter.startSample()), parsed.path("startSeconds"));
        }
    }

    @Test
    void utterancesRoundTrip() throws IOException {
        JsonNode utterances = parse().path("utterances");
        assertEquals(TIMELINE.utterances().size(), utterances.size());
        for (int i = 0; i < utterances.size(); i++) {
            Placed placed = TIMELINE.utterances().get(i);
            JsonNode parsed = utterances.path(i);
            assertEquals(List.of("id", "section", "role", "speaker", "sourceText", "spokenText", "pause",
                    "startSample", "speechEndSample", "endSample"), fieldNames(parsed));
            assertEquals(placed.utterance().id(), parsed.path("id").asText());
            assertEquals(placed.utterance().section(), parsed.path("section").asInt());
            assertEquals(placed.utterance().role().name().toLowerCase(Locale.ROOT), parsed.path("role").asText());
            assertEquals(placed.utterance().speaker(), parsed.path("speaker").isNull()
                    ? null : parsed.path("speaker").asText());
            assertEquals(placed.utterance().sourceText(), parsed.path("sourceText").asText());
            assertEquals(placed.utterance().spokenText(), parsed.path("spokenText").asText());
            assertEquals(placed.utterance().after().name().toLowerCase(Locale.ROOT), parsed.path("pause").asText());
            assertEquals(placed.startSample(), parsed.path("startSample").asLong());
            assertEquals(placed.speechEndSample(), parsed.path("speechEndSample").asLong());
            assertEquals(placed.endSample(), parsed.path("endSample").asLong());
        }
    }

    @Test
    void anUtteranceFromCaptionsCarriesItsSourceTimeInSecondsAndOnlyThen() throws IOException {
        List<Placed> placed = new ArrayList<>(TIMELINE.utterances());
        Placed second = placed.get(1);
        Utterance u = second.utterance();
        placed.set(1, new Placed(new Utterance(u.id(), u.section(), u.role(), u.sourceText(), u.spokenText(),
                u.speaker(), u.after(), Optional.of(new SourceTime(61_005, 63_250))),
                second.startSample(), second.speechEndSample(), second.endSample()));
        Timeline timed = new Timeline(TIMELINE.format(), TIMELINE.sections(), placed, TIMELINE.chapters(),
                TIMELINE.totalSamples());

        String report = RenderReport.render(TestEpisode.INFO, timed, TestEpisode.SECTIONS);
        JsonNode utterances = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .readTree(report).path("utterances");

        assertEquals(List.of("id", "section", "role", "speaker", "sourceText", "sourceStart", "sourceEnd",
                "spokenText", "pause", "startSample", "speechEndSample", "endSample"), fieldNames(utterances.path(1)));
        assertSameNumber(new BigDecimal("61.005"), utterances.path(1).path("sourceStart"));
        assertSameNumber(new BigDecimal("63.250"), utterances.path(1).path("sourceEnd"));
        assertTrue(report.contains("\"sourceEnd\": 63.250,"), report); // three decimals, as every time in it
        assertFalse(utterances.path(0).has("sourceStart"));
        assertFalse(utterances.path(0).has("sourceEnd"));
    }

    @Test
    void unknownValuesAreNullNotMissing() throws IOException {
        JsonNode root = new ObjectMapper().readTree(
                RenderReport.render(new EpisodeInfo("Untold", null), TIMELINE, TestEpisode.SECTIONS));
        assertTrue(root.path("author").isNull());
        assertTrue(root.path("utterances").path(0).path("speaker").isNull());
    }

    @Test
    void prettyWithLfLineEndingsAndTheSameEachTime() {
        assertTrue(json.startsWith("{\n  \"title\": \"Recast: Episode 7\",\n"), json);
        assertTrue(json.endsWith("}\n"));
        assertFalse(json.contains("\r"));
        assertEquals(json, RenderReport.render(TestEpisode.INFO, TIMELINE, List.copyOf(TestEpisode.SECTIONS)));
    }

    @Test
    void everySpanNeedsItsCleanedSection() {
        assertThrows(IllegalArgumentException.class,
                () -> RenderReport.render(TestEpisode.INFO, TIMELINE, TestEpisode.SECTIONS.subList(0, 1)));
    }

    @Test
    void aSectionWithoutASpanIsListedAsSkippedWithItsRemovals() throws IOException {
        List<Section> extra = new ArrayList<>(TestEpisode.SECTIONS);
        extra.add(new Section(3, "03.txt", "Extra", List.of(),
                List.of(new Removal(1, "There's an image here.", RemovalReason.IMAGE_NOTE))));
        JsonNode skipped = new ObjectMapper().readTree(RenderReport.render(TestEpisode.INFO, TIMELINE, extra))
                .get("skippedSections");
        assertEquals(1, skipped.size());
        assertEquals(3, skipped.get(0).get("index").asInt());
        assertEquals("03.txt", skipped.get(0).get("source").asText());
        assertEquals("image_note", skipped.get(0).get("removals").get(0).get("reason").asText());
        assertEquals(0, parse().get("skippedSections").size());
    }

    private static JsonNode loudnessOf(Levels levels) throws IOException {
        return new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .readTree(RenderReport.render(TestEpisode.INFO, TIMELINE, TestEpisode.SECTIONS, null, levels))
                .path("loudness");
    }

    private JsonNode parse() throws IOException {
        // Decimals as written, not through a double.
        return new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(json);
    }

    private static void assertSameNumber(BigDecimal expected, JsonNode actual) {
        assertTrue(actual.isBigDecimal(), actual::toString);
        assertEquals(0, expected.compareTo(actual.decimalValue()), () -> expected + " != " + actual);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
