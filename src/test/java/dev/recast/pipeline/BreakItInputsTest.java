package dev.recast.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.recast.RecastException;
import dev.recast.publish.Format;
import dev.recast.synth.FakeEngines;
import dev.recast.synth.Synthesizer;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 25's break-it cases on the input side, each as the campaign found it: a hostile or broken
 * input folder gets exit 2 at its place before any synthesis, or renders right.
 */
class BreakItInputsTest {

    @TempDir
    Path dir;

    private Path in;
    private Path out;

    private Path input() throws IOException {
        in = Files.createDirectories(dir.resolve("in"));
        out = dir.resolve("out");
        return in;
    }

    /** A render whose engine fails the test if it is ever asked to speak: every case here stops before. */
    private static Render neverSpeaks() {
        return new Render(FakeEngines.opening((voice, lexicon) -> {
            fail("synthesis started");
            return (Synthesizer) null;
        }), line -> { });
    }

    private static RenderOptions options(Path input, Path output) {
        return RenderOptions.of(input, output).withFormats(Set.of(Format.PAGE));
    }

    private RecastException refused(Path input, Path output) {
        RecastException e = assertThrows(RecastException.class, () -> neverSpeaks().run(options(input, output)));
        assertEquals(RecastException.Kind.INPUT, e.kind(), e.getMessage());
        return e;
    }

    private static String page(Path output) throws IOException {
        return Files.readString(output.resolve("index.html"));
    }

    // Item 2: symlinks leading out of the input folder.

    @Test
    void aSectionLinkedOutOfTheInputFolderIsRefusedNamingIt() throws IOException {
        input();
        Files.writeString(in.resolve("1.txt"), "The keeper climbs.");
        Path secret = Files.writeString(dir.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n");
        Files.createSymbolicLink(in.resolve("2.txt"), secret);
        RecastException e = refused(in, out);
        assertEquals(in.resolve("2.txt").toString(), e.location());
        assertEquals("links outside the input folder (to " + secret.toRealPath() + ")", e.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void aManifestEntryThroughALinkedFolderIsRefusedAtItsLine() throws IOException {
        input();
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("secret.txt"), "Not the episode's.");
        Files.createSymbolicLink(in.resolve("sub"), elsewhere);
        Files.writeString(in.resolve("episode.json"), "{\n  \"sections\": [\n    \"sub/secret.txt\"\n  ]\n}\n");
        RecastException e = refused(in, out);
        assertEquals(in.resolve("episode.json") + ":3", e.location());
        assertEquals("section file 'sub/secret.txt' leads outside the input folder (to "
                + elsewhere.toRealPath().resolve("secret.txt") + ")", e.getMessage());
    }

    @Test
    void aLexiconCorrectionsOrVoiceLinkedOutIsRefused() throws IOException {
        Path outside = Files.writeString(dir.resolve("outside.txt"), "x\ty\n");
        for (String name : List.of("lexicon.txt", "corrections.tsv", "voices/narrator.json", "episode.json")) {
            Path folder = Files.createDirectories(dir.resolve("in-" + name.replace('/', '-')));
            Files.writeString(folder.resolve("1.txt"), "The keeper climbs.");
            Files.createDirectories(folder.resolve(name).getParent());
            Files.createSymbolicLink(folder.resolve(name), outside);
            RecastException e = refused(folder, dir.resolve("out-" + folder.getFileName()));
            assertEquals(folder.resolve(name).toString(), e.location(), name);
            assertTrue(e.getMessage().startsWith("links outside the input folder"), name + ": " + e.getMessage());
        }
    }

    @Test
    void aProfileFileTheManifestNamesIsTakenInTheInputFolderAndConfinedToIt() throws Exception {
        input();
        Files.writeString(in.resolve("1.txt"), "The keeper climbs.");
        Files.writeString(dir.resolve("slow.json"), "{\"rate\": 100}");
        Files.writeString(in.resolve("episode.json"), "{\"voices\": {\"quote\": \"../slow.json\"}}");
        RecastException e = refused(in, out);
        assertEquals(in.resolve("../slow.json").toString(), e.location());
        assertEquals("leads outside the input folder (to " + dir.toRealPath().resolve("slow.json") + ")", e.getMessage());

        Files.createDirectories(in.resolve("profiles"));
        Files.writeString(in.resolve("profiles/slow.json"), "{\"rate\": 100}");
        Files.writeString(in.resolve("episode.json"), "{\"voices\": {\"quote\": \"profiles/slow.json\"}}");
        new Render(FakeEngines.tones(), line -> { }).run(options(in, out));
        assertTrue(page(out).contains("The keeper climbs."));
    }

    @Test
    void aFileLinkedOutThatTheRenderDoesNotReadIsNotReadForItsFingerprintEither() throws Exception {
        input();
        Files.writeString(in.resolve("1.txt"), "The keeper climbs.");
        Files.createDirectories(in.resolve("notes"));
        Path secret = Files.writeString(dir.resolve("secret.json"), "{\"pin\": 1234}");
        Files.createSymbolicLink(in.resolve("notes/secret.json"), secret);
        new Render(FakeEngines.tones(), line -> { }).run(options(in, out));
        Files.writeString(secret, "{\"pin\": 4321}");
        List<String> notes = new java.util.ArrayList<>();
        new Render(FakeEngines.tones(), notes::add).run(options(in, out));
        assertTrue(notes.stream().anyMatch(note -> note.startsWith("nothing changed since the last render")),
                notes.toString());
    }

    @Test
    void aLinkWithinTheInputFolderIsFine() throws Exception {
        input();
        Files.createDirectories(in.resolve("drafts"));
        Files.writeString(in.resolve("drafts/final.txt"), "The keeper climbs the stair.");
        Files.createSymbolicLink(in.resolve("1.txt"), Path.of("drafts/final.txt"));
        new Render(FakeEngines.tones(), line -> { }).run(options(in, out));
        assertTrue(page(out).contains("The keeper climbs the stair."));
    }

    @Test
    void anOutputReachedThroughALinkToTheInputIsInsideIt() throws IOException {
        input();
        Files.writeString(in.resolve("1.txt"), "The keeper climbs.");
        Path alias = Files.createSymbolicLink(dir.resolve("alias"), in);
        RecastException e = refused(in, alias.resolve("out"));
        assertEquals("output directory is inside the input directory", e.getMessage());
        assertFalse(Files.exists(in.resolve("out")));
    }

    @Test
    void aLinkedSectionsFolderInTheOutputIsNeverWrittenThrough() throws Exception {
        input();
        Files.writeString(in.resolve("1.txt"), "The keeper climbs.");
        Render render = new Render(FakeEngines.tones(), line -> { });
        render.run(RenderOptions.of(in, out).withFormats(Set.of(Format.WAV)));
        Path victim = Files.createDirectories(dir.resolve("victim"));
        Files.writeString(victim.resolve("keep.txt"), "mine");
        try (Stream<Path> sections = Files.list(out.resolve("sections"))) {
            for (Path section : sections.toList()) {
                Files.copy(section, victim.resolve(section.getFileName()));
            }
        }
        List<String> before;
        try (Stream<Path> files = Files.list(victim)) {
            before = files.map(Path::toString).sorted().toList();
        }
        try (Stream<Path> sections = Files.list(out.resolve("sections"))) {
            for (Path section : sections.toList()) {
                Files.delete(section);
            }
        }
        Files.delete(out.resolve("sections"));
        Files.createSymbolicLink(out.resolve("sections"), victim);
        Files.writeString(in.resolve("1.txt"), "The keeper climbs the stair.");
        RecastException e = assertThrows(RecastException.class,
                () -> neverSpeaks().run(RenderOptions.of(in, out).withFormats(Set.of(Format.WAV))));
        assertEquals(RecastException.Kind.INPUT, e.kind());
        assertEquals(out.resolve("sections").toString(), e.location());
        try (Stream<Path> files = Files.list(victim)) {
            assertEquals(before, files.map(Path::toString).sorted().toList());
        }
    }

    @Test
    void aLinkedSectionsFolderInAForcedFolderIsNeverWrittenThrough() throws Exception {
        input();
        Files.writeString(in.resolve("1.txt"), "The keeper climbs.");
        Path victim = Files.createDirectories(dir.resolve("victim"));
        Files.createDirectories(out);
        Files.createSymbolicLink(out.resolve("sections"), victim);
        RecastException e = assertThrows(RecastException.class, () -> new Render(FakeEngines.tones(),
                line -> { }).run(RenderOptions.of(in, out).withForce(true).withFormats(Set.of(Format.WAV))));
        assertEquals(RecastException.Kind.INPUT, e.kind());
        assertEquals(out.resolve("sections").toString(), e.location());
        try (Stream<Path> files = Files.list(victim)) {
            assertEquals(List.of(), files.toList());
        }
    }

    // Item 1: the input named as "." or "./".

    @Test
    void theInputNamedDotFromInsideItReadsItsManifestsSections() throws Exception {
        // Only a process started in the folder can name it ".": the working folder is the JVM's.
        input();
        Files.writeString(in.resolve("01-the-harbour-clock.txt"), "The clock strikes.");
        Files.writeString(in.resolve("episode.json"), "{\n  \"title\": \"Clocks\",\n  \"sections\": [\"01-the-harbour-clock.txt\"]\n}");
        for (String dot : List.of(".", "./")) {
            Process recast = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "dev.recast.cli.Main", "clean", dot)
                    .directory(in.toFile()).redirectErrorStream(true).start();
            String said = new String(recast.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, recast.waitFor(), dot + ": " + said);
            assertTrue(said.contains("The clock strikes."), said);
        }
    }

    // Item 4: UTF-16 and UTF-32 with a byte-order mark.

    @Test
    void sectionsInUtf16AndUtf32WithAMarkAreRead() throws Exception {
        input();
        String text = "The keeper’s café, at the harbour.\n";
        Files.write(in.resolve("1.txt"), bytes("\uFEFF" + text, StandardCharsets.UTF_16LE));
        Files.write(in.resolve("2.txt"), bytes("\uFEFF" + text, StandardCharsets.UTF_16BE));
        Files.write(in.resolve("3.txt"), bytes("\uFEFF" + text, Charset.forName("UTF-32LE")));
        Files.write(in.resolve("4.txt"), bytes("\uFEFF" + text, Charset.forName("UTF-32BE")));
        new Render(FakeEngines.tones(), line -> { }).run(options(in, out));
        String page = page(out);
        assertEquals(4, page.split("The keeper’s café, at the harbour.", -1).length - 1, page);
    }

    // Item 9: input errors are exit 2 at their place, before synthesis, in plain words.

    private RecastException refusedManifest(String manifest) throws IOException {
        input();
        Files.writeString(in.resolve("1.txt"), "The keeper climbs.");
        Files.writeString(in.resolve("episode.json"), manifest);
        return refused(in, out);
    }

    @Test
    void aDateNoCalendarHasIsRefusedAtItsLine() throws IOException {
        RecastException e = refusedManifest("{\n  \"title\": \"Clocks\",\n  \"date\": \"2026-02-30\"\n}\n");
        assertEquals(in.resolve("episode.json") + ":3", e.location());
        assertEquals("\"date\" is not a date like 2026-11-23: '2026-02-30' (no such day)", e.getMessage());
    }

    @Test
    void aControlCharacterOrHalfACharacterInTheMetadataIsRefusedAtItsLine() throws IOException {
        record Case(String field, String json, String message) {
        }
        for (Case c : List.of(
                new Case("title", "\"title\": \"Fog\\u0000signals\"",
                        "\"title\" holds a control character (U+0000) at character 4"),
                new Case("author", "\"author\": \"Ada\\u001b[31m\"",
                        "\"author\" holds a control character (U+001B) at character 4"),
                new Case("description", "\"description\": \"Two\\nlines, a \\u0085\"",
                        "\"description\" holds a control character (U+0085) at character 14"),
                new Case("title", "\"title\": \"Fog \\ud800\"",
                        "\"title\" holds half a character (a lone surrogate, U+D800) at character 5"),
                new Case("voices", "\"voices\": {\"speakers\": {\"Ann\\u009b2J\": \"deep\"}}",
                        "a speaker's name holds a control character (U+009B) at character 4"),
                new Case("sections", "\"sections\": [{\"file\": \"1.txt\", \"title\": \"Bell\\u0007\"}]",
                        "section title holds a control character (U+0007) at character 5"))) {
            RecastException e = refusedManifest("{\n  \"title\": \"Clocks\",\n  " + c.json().replace("\"title\": \"Clocks\",", "") + "\n}\n");
            assertEquals(c.message(), e.getMessage(), c.json());
            assertTrue(e.location().startsWith(in.resolve("episode.json") + ":"), e.location());
        }
    }

    @Test
    void aControlCharacterInACaptionFilesTitleIsRefusedAtItsLine() throws IOException {
        input();
        Files.writeString(in.resolve("talk.vtt"), "WEBVTT\nTitle: Fog\u001b]0;pwned\u0007\n\n00:00:01.000 --> 00:00:02.000\nHello.\n");
        RecastException e = refused(in, out);
        assertEquals(in.resolve("talk.vtt") + ":2", e.location());
        assertEquals("the caption file's title holds a control character (U+001B) at character 4", e.getMessage());
    }

    @Test
    void jsonErrorsNameNoJavaClassAndNoParserInternals() throws IOException {
        for (String manifest : List.of("{\"title\": [\"a\"]}", "{\"title\": \"a\",}", "{\"title\": \"a\"",
                "{\"voices\": \"deep\"}", "{\"sections\": \"1.txt\"}", "{\"voices\": {\"speakers\": [1]}}", "[1]", "",
                "{\"title\": tru}", "{\"title\": \"a\\x\"}", "{\"title\": \"a\u0001\"}", "{\"title\": \"a\"} x",
                "{\"sections\": [[\"1.txt\"]]}", "{\"sections\": [{\"file\": 1, \"title\": {}}]}")) {
            RecastException e = refusedManifest(manifest);
            String said = e.location() + ": " + e.getMessage();
            for (String internal : List.of("java", "`", "[Source", "dev.recast", "JsonToken", "code ", "Creator", "deserialize")) {
                assertFalse(said.contains(internal), manifest + " => " + said);
            }
        }
    }

    @Test
    void aTwentyDigitCaptionHourIsABadTimestampAtItsLine() throws IOException {
        input();
        Files.writeString(in.resolve("talk.vtt"), "WEBVTT\n\n99999999999999999999:00:01.000 --> 99999999999999999999:00:02.000\nHello.\n");
        RecastException e = refused(in, out);
        assertEquals(in.resolve("talk.vtt") + ":3", e.location());
    }

    @Test
    void aNulCharacterInAUtf16SectionIsNoTextAsInUtf8() throws IOException {
        input();
        Files.write(in.resolve("1.txt"), bytes("\uFEFFThe keeper\u0000climbs.\n", StandardCharsets.UTF_16LE));
        RecastException e = refused(in, out);
        assertEquals(in.resolve("1.txt") + ":1", e.location());
        assertEquals("not a text file (it contains NUL characters)", e.getMessage());
    }

    @Test
    void aBrokenUtf16SectionIsReadWithANoteAtItsLine() throws Exception {
        input();
        // Java's encoder will not write a lone surrogate, so its two bytes go in by hand.
        byte[] before = bytes("\uFEFFThe keeper climbs.\nThe lamp ", StandardCharsets.UTF_16LE);
        byte[] after = bytes(" is lit.\n", StandardCharsets.UTF_16LE);
        byte[] text = java.util.Arrays.copyOf(before, before.length + 2 + after.length);
        text[before.length] = 0x00;
        text[before.length + 1] = (byte) 0xD8;
        System.arraycopy(after, 0, text, before.length + 2, after.length);
        Files.write(in.resolve("1.txt"), text);
        List<String> notes = new java.util.ArrayList<>();
        new Render(FakeEngines.tones(), notes::add).run(options(in, out));
        assertTrue(notes.contains("1.txt:2: not valid UTF-16LE; undecodable bytes replaced with U+FFFD"), notes.toString());
    }

    // Item 15: no text lost in cleaning.

    @Test
    void aTimedLineKeepsItsTextAndMisdecodedTextIsRepairedBesideARealAccent() throws Exception {
        input();
        Files.writeString(in.resolve("1.txt"), "00:00:01,000 --> 00:00:04,000 The tide turns twice.\n\n"
                + "The café keeperâ€™s lamp was lit.\n");
        String text = Cleaned.read(Optional.of(in)).sections().get(0).blocks().toString();
        assertTrue(text.contains("The tide turns twice."), text);
        assertTrue(text.contains("The café keeper’s lamp was lit."), text);
    }

    private static byte[] bytes(String text, Charset charset) {
        return text.getBytes(charset);
    }
}
