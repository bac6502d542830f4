package dev.recast.bench;

import dev.recast.RecastException;
import dev.recast.clean.Section;
import dev.recast.pipeline.Cleaned;
import dev.recast.segment.Segmenter;
import dev.recast.segment.Utterance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's transcript: the bundled example repeated, each copy's numbers shifted (and
 * sentences without a number given the part's), so no utterance repeats and the cache cannot
 * help a fresh render.
 */
final class BenchTranscript {

    /** Seconds of speech in one copy of the bundled example, for choosing how many copies to write. */
    private static final double SECONDS_PER_COPY = 150;
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private BenchTranscript() {
    }

    /** Writes copies of the bundled example, each with its own numbers, until about {@code minutes} of speech. */
    static int write(Path folder, int minutes) throws RecastException, IOException {
        Files.createDirectories(folder);
        Cleaned example = Cleaned.read(Optional.empty());
        Segmenter segmenter = new Segmenter();
        int copies = (int) Math.ceil(minutes * 60 / SECONDS_PER_COPY);
        for (int copy = 1; copy <= copies; copy++) {
            for (Section section : example.sections()) {
                StringBuilder text = new StringBuilder();
                for (Utterance utterance : segmenter.segment(section)) {
                    String line = varied(utterance.sourceText(), copy);
                    text.append(utterance.role().isHeading() ? "Heading " + line : line).append('\n');
                }
                Files.writeString(folder.resolve(String.format(Locale.ROOT, "%04d-%02d.txt", copy, section.index())),
                        text, StandardCharsets.UTF_8);
            }
        }
        return copies;
    }

    /** The sentence of copy {@code copy}: its numbers shifted, or the copy's number added when it has none. */
    static String varied(String sentence, int copy) {
        Matcher numbers = NUMBER.matcher(sentence);
        if (!numbers.find()) {
            return "In part " + copy + ", " + sentence;
        }
        return numbers.replaceAll(m -> String.valueOf(Long.parseLong(m.group()) + copy - 1));
    }

    /** The transcript's utterances, as a render segments them. */
    static List<Utterance> utterances(Path transcript) throws RecastException {
        Segmenter segmenter = new Segmenter();
        List<Utterance> all = new ArrayList<>();
        for (Section section : Cleaned.read(Optional.of(transcript)).sections()) {
            all.addAll(segmenter.segment(section));
        }
        return all;
    }

    /** Edits the last sentence of the first section, as a user's one edit. */
    static void editOneSentence(Path transcript) throws IOException {
        Path first;
        try (var files = Files.list(transcript)) {
            first = files.sorted().findFirst().orElseThrow();
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(first, StandardCharsets.UTF_8));
        int last = lines.size() - 1;
        lines.set(last, lines.get(last).replaceFirst("\\.$", "") + ", as the benchmark says.");
        Files.write(first, lines, StandardCharsets.UTF_8);
    }
}
