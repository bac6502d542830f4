package dev.recast.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recast.RecastException;
import dev.recast.audio.PcmFormat;
import dev.recast.publish.Format;
import dev.recast.segment.Utterance;
import dev.recast.synth.Clip;
import dev.recast.synth.FakeEngines;
import dev.recast.synth.FakeSynthesizer;
import dev.recast.synth.Synthesizer;
import dev.recast.synth.VoiceProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who reads what: roles, mapped and automatic speakers, with fake synthesizers that note their profile. */
class RenderVoicesTest {

    @TempDir
    Path dir;

    private final List<String> progress = new ArrayList<>();
    // Synthesizers open, say and close on the pool's worker threads.
    private final List<String> opened = Collections.synchronizedList(new ArrayList<>());
    private final List<String> closed = Collections.synchronizedList(new ArrayList<>());
    /** Which profile said each utterance, by spoken text. */
    private final List<String> saidBy = Collections.synchronizedList(new ArrayList<>());

    private Render render() {
        return new Render(FakeEngines.opening((voice, lexicon) -> new Synthesizer() {
            {
                opened.add(voice);
            }

            @Override
            public Clip synthesize(Utterance u, VoiceProfile profile) {
                saidBy.add(u.spokenText() + " = " + profile.name());
                Clip clip = new FakeSynthesizer().synthesize(u);
                return voice.equals("kevin") ? new Clip(u, new PcmFormat(8000, 16, 1), clip.samples()) : clip;
            }

            @Override
            public void close() {
                closed.add(voice);
            }
        }), progress::add);
    }

    private Path twoSpeakers() throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("talk.vtt"), """
                WEBVTT

                00:00:01.000 --> 00:00:03.000
                <v Ann>Welcome to the harbour.

                00:00:04.000 --> 00:00:05.000
                <v Bob>Thank you for having me.

                00:00:08.000 --> 00:00:09.000
                <v Ann>Tell us about the tides.
                """);
        return in;
    }

    private static JsonNode json(Path file) throws IOException {
        return new ObjectMapper().readTree(file.toFile());
    }

    @Test
    void twoUnmappedSpeakersGetDifferentProfilesInRenderJsonAndOnStderr() throws Exception {
        Path out = dir.resolve("out");
        render().run(RenderOptions.of(twoSpeakers(), out));
        JsonNode speakers = json(out.resolve("render.json")).get("voices").get("speakers");
        JsonNode ann = speakers.get("Ann");
        JsonNode bob = speakers.get("Bob");
        assertNotEquals(ann.get("profile"), bob.get("profile"));
        assertTrue(ann.get("pitch").asDouble() != bob.get("pitch").asDouble()
                || ann.get("rate").asDouble() != bob.get("rate").asDouble(), speakers.toString());
        assertTrue(ann.get("automatic").asBoolean());
        assertEquals(List.of("Ann", "Bob"), names(speakers.fieldNames()));
        assertEquals(1, progress.stream().filter(p -> p.startsWith("speaker Ann: ")).count(), progress.toString());
        assertEquals(1, progress.stream().filter(p -> p.startsWith("speaker Bob: ")).count(), progress.toString());
        assertTrue(saidBy.contains("Thank you for having me. = " + bob.get("profile").asText()), saidBy.toString());
        assertEquals(opened.size(), closed.size(), "every synthesizer opened is closed");
    }

    @Test
    void theManifestMapsASpeakerAndRolesToProfiles() throws Exception {
        Path in = twoSpeakers();
        Files.createDirectories(in.resolve("voices"));
        Files.writeString(in.resolve("voices/deep.json"), "{\"pitch\": 70, \"rate\": 130}");
        Files.writeString(in.resolve("voices/slow.json"), "{\"rate\": 100, \"pauses\": {\"paragraph\": 0, \"sentence\": 0}}");
        Files.writeString(in.resolve("episode.json"), "{\"voices\": {\"narrator\": \"slow\", \"speakers\": {\"Bob\": \"deep\"}}}");
        Path out = dir.resolve("out");
        RenderResult result = render().run(RenderOptions.of(in, out));
        JsonNode voices = json(out.resolve("render.json")).get("voices");
        assertEquals("deep", voices.get("speakers").get("Bob").get("profile").asText());
        assertEquals(false, voices.get("speakers").get("Bob").get("automatic").asBoolean());
        assertEquals("slow", voices.get("narrator").get("profile").asText());
        assertEquals("quote", voices.get("quote").get("profile").asText());
        assertEquals("heading", voices.get("heading").get("profile").asText());
        // Ann is unmapped: the first automatic variant is the narrator itself.
        assertEquals("slow", voices.get("speakers").get("Ann").get("profile").asText());
        // The narrator's pauses lay out the timeline: no silence between paragraphs.
        assertEquals(0, result.timeline().utterances().get(0).pauseSamples());
        assertTrue(saidBy.contains("Thank you for having me. = deep"), saidBy.toString());
    }

    @Test
    void aQuoteAndAHeadingAreReadByTheirRoleProfilesFromOneSynthesizerPerEngineVoice() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("1.txt"), """
                Heading The Start
                She said, Quote The sea is old. End quote
                Then she left.
                """);
        // One worker: each worker opens its own synthesizer per engine voice, so with more the count depends on scheduling.
        RenderOptions oneWorker = RenderOptions.of(in, dir.resolve("out")).withJobs(1);
        render().run(oneWorker);
        assertTrue(saidBy.contains("The Start = heading"), saidBy.toString());
        assertTrue(saidBy.stream().anyMatch(s -> s.startsWith("The sea is old") && s.endsWith("= quote")), saidBy.toString());
        assertTrue(saidBy.contains("Then she left. = narrator"), saidBy.toString());
        assertEquals(List.of("kevin16"), opened);
        assertEquals(opened, closed);
    }

    @Test
    void mixingEightAndSixteenKilohertzVoicesIsAnInputErrorNamingTheProfiles() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in.resolve("voices"));
        Files.writeString(in.resolve("voices/quote.json"), "{\"voice\": \"kevin\", \"pitch\": 130}");
        Files.writeString(in.resolve("1.txt"), "She said, Quote The sea is old. End quote\n");
        RecastException e = assertThrows(RecastException.class,
                () -> render().run(RenderOptions.of(in, dir.resolve("out"))));
        assertEquals(RecastException.Kind.INPUT, e.kind());
        assertTrue(e.getMessage().startsWith("voice profiles 'narrator' (kevin16, 16000 Hz) and 'quote' (kevin, 8000 Hz)"),
                e.getMessage());
        assertEquals(opened.size(), closed.size(), "synthesizers are closed after a failure too");
        assertEquals(List.of(), opened, "refused before any voice is opened");
    }

    @Test
    void theVoiceOptionStillOverridesTheNarrator() throws Exception {
        Path in = twoSpeakers();
        Files.writeString(dir.resolve("mine.json"), "{\"pitch\": 90}");
        render().run(RenderOptions.of(in, dir.resolve("out")).withVoice(dir.resolve("mine.json").toString()));
        assertEquals("mine", new ObjectMapper().readTree(dir.resolve("out/render.json").toFile())
                .get("voices").get("narrator").get("profile").asText());
    }

    private static <T> List<T> names(java.util.Iterator<T> iterator) {
        List<T> list = new ArrayList<>();
        iterator.forEachRemaining(list::add);
        return list;
    }
}
