package dev.recast.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated speech laid out as captions: every word spoken is read once, in order, whether the
 * captions roll as YouTube's automatic ones do or show each line once.
 */
class CaptionOverlapPropertiesTest {

    /** A caption line, and whether the screen was cleared (an empty cue, a pause) before it. */
    record Spoken(List<String> words, boolean afterClear) {
    }

    @Provide
    Arbitrary<List<Spoken>> speech() {
        // Few words, so that lines often begin or end with the words of the line before.
        Arbitrary<List<String>> line = Arbitraries.of("deep", "down", "no", "the", "light", "No.", "down,")
                .list().ofMinSize(1).ofMaxSize(6);
        return Combinators.combine(line, Arbitraries.of(false, false, false, true)).as(Spoken::new)
                .list().ofMinSize(1).ofMaxSize(25);
    }

    @Provide
    Arbitrary<List<List<String>>> lines() {
        Arbitrary<List<String>> line = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(7)
                .list().ofMinSize(1).ofMaxSize(8);
        // Now and then a line said again, as people do: "No." "No."
        return line.list().ofMinSize(1).ofMaxSize(25).map(all -> {
            List<List<String>> said = new ArrayList<>();
            for (List<String> words : all) {
                said.add(words);
                if (words.size() % 4 == 0) {
                    said.add(words);
                }
            }
            return said;
        });
    }

    @Property(tries = 500)
    void rollingCaptionsReadEveryWordOnce(@ForAll("speech") List<Spoken> speech) throws Exception {
        StringBuilder vtt = new StringBuilder("WEBVTT\nKind: captions\nLanguage: en\n\n");
        List<String> said = new ArrayList<>();
        long t = 0;
        String onScreen = " ";
        for (Spoken line : speech) {
            if (line.afterClear()) {
                cue(vtt, t, t + 10, " ", " ");
                t += 3_000;
                onScreen = " ";
            }
            StringBuilder timed = new StringBuilder(line.words().get(0));
            for (int k = 1; k < line.words().size(); k++) {
                timed.append('<').append(stamp(t + 100L * k)).append("><c> ").append(line.words().get(k)).append("</c>");
            }
            cue(vtt, t, t + 1_000, onScreen, timed.toString());
            String shown = String.join(" ", line.words());
            cue(vtt, t + 1_000, t + 1_010, shown, " ");
            onScreen = shown;
            t += 1_010;
            said.addAll(line.words());
        }
        assertEquals(said, read(vtt.toString()));
    }

    @Property(tries = 500)
    void captionsThatDoNotRollLoseNoWord(@ForAll("lines") List<List<String>> lines) throws Exception {
        StringBuilder vtt = new StringBuilder("WEBVTT\n\n");
        List<String> said = new ArrayList<>();
        long t = 0;
        for (List<String> line : lines) {
            cue(vtt, t, t + 1_500, String.join(" ", line));
            t += 1_500;
            said.addAll(line);
        }
        assertEquals(said, read(vtt.toString()));
    }

    private static void cue(StringBuilder vtt, long start, long end, String... text) {
        vtt.append(stamp(start)).append(" --> ").append(stamp(end)).append(" align:start position:0%\n");
        for (String line : text) {
            vtt.append(line).append('\n');
        }
        vtt.append('\n');
    }

    private static String stamp(long millis) {
        return String.format("%02d:%02d:%02d.%03d", millis / 3_600_000, millis / 60_000 % 60, millis / 1000 % 60,
                millis % 1000);
    }

    private static List<String> read(String vtt) throws Exception {
        List<SourceLine> lines = WebVttReader.read("x.vtt", TextDecoder.decode(vtt.getBytes(StandardCharsets.UTF_8)))
                .transcriptLines();
        return lines.stream().flatMap(line -> Arrays.stream(line.text().split(" "))).filter(w -> !w.isEmpty()).toList();
    }
}
