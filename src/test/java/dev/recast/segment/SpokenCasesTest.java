package dev.recast.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.recast.synth.FreeTtsWords;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table in {@code spoken-cases.tsv}: for "say" cases, our normalized text goes through
 * FreeTTS's real front end and the words it would say are compared; "split" cases compare
 * sentence boundaries.
 */
class SpokenCasesTest {

    private static final FreeTtsWords FREETTS = FreeTtsWords.kevin16();
    private static final SpeechNormalizer NORMALIZER = new SpeechNormalizer(SpeechRules.ENGLISH);
    private static final SentenceSplitter SPLITTER = new SentenceSplitter(SentenceRules.ENGLISH);

    static List<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (InputStream in = SpokenCasesTest.class.getResourceAsStream("spoken-cases.tsv")) {
            String table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : table.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length != 3) {
                    throw new IllegalStateException("a case has three fields: " + line);
                }
                cases.add(Arguments.of(fields[0], fields[1].replace("\\n", "\n"), fields[2]));
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @MethodSource("cases")
    void saysWhatTheTranscriptMeans(String kind, String input, String expected) {
        String actual = switch (kind) {
            case "say" -> FREETTS.words(NORMALIZER.normalize(input));
            case "split" -> String.join(" | ", SPLITTER.split(input)).replaceAll("\\s+", " ");
            default -> throw new IllegalArgumentException("unknown kind of case: " + kind);
        };
        assertEquals(expected, actual);
    }
}
