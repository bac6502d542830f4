package dev.recast.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;


import dev.recast.SharedTranscripts;
import dev.recast.ingest.RawSection;
import dev.recast.ingest.SourceLine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real transcript sections in {@code ../shared/transcripts} (beside the repository in CI),
 * found by walking up from the working directory. Skipped where they are absent.
 */
class SharedTranscriptsTest {

    private static final Pattern LEFTOVER_MARKUP = Pattern.compile(
            "\\b(?:Subheading|Heading|Quote)\\b|(?i:\\basterisk\\b|there's an image here)");

    private static List<RawSection> raws;
    private static List<Section> sections;

    @BeforeAll
    static void cleanSharedTranscripts() throws IOException {
        Path dir = SharedTranscripts.find();
        if (dir == null) {
            return;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        if (files.isEmpty()) {
            return;
        }
        raws = new ArrayList<>();
        for (Path file : files) {
            List<String> texts = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<SourceLine> lines = new ArrayList<>();
            for (int k = 0; k < texts.size(); k++) {
                lines.add(new SourceLine(k + 1, texts.get(k)));
            }
            raws.add(new RawSection(raws.size() + 1, file.getFileName().toString(), null, lines));
        }
        sections = Cleaning.clean(raws);
    }

    @BeforeEach
    void needsTheTranscripts() {
        assumeTrue(sections != null, "no shared/transcripts/*.txt above " + Path.of("").toAbsolutePath());
    }

    private static Stream<String> blockTexts() {
        return sections.stream().flatMap(s -> s.blocks().stream()).map(Cleaning::text);
    }

    @Test
    void leavesNoHeaderLine() {
        List<String> names = raws.stream().map(r -> r.lines().get(0).text().strip()).distinct().toList();
        blockTexts().forEach(text -> {
            assertFalse(names.contains(text.strip()), text);
            assertFalse(text.contains("Podcast Appearances"), text);
            assertFalse(text.contains("Appearances Over Time"), text);
        });
    }

    @Test
    void leavesNoSpokenMarkupOrNotes() {
        blockTexts().forEach(text -> {
            assertFalse(LEFTOVER_MARKUP.matcher(text).find(), text);
            assertFalse(text.strip().equals("Source."), text);
        });
    }

    @Test
    void readsSubheadingsInBothForms() {
        List<Heading> headings = sections.stream()
                .flatMap(s -> s.blocks().stream())
                .filter(Heading.class::isInstance)
                .map(Heading.class::cast)
                .toList();
        for (String title : List.of("Post-training as elicitation", "How might these considerations change?")) {
            assertTrue(headings.stream().anyMatch(h -> h.title().equals(title) && h.level() == 2),
                    () -> title + " in " + headings);
        }
    }

    @Test
    void keepsTheHeadingInsideTheQuoteAsQuotedText() {
        Section quoted = sections.stream()
                .filter(s -> s.source().startsWith("003_"))
                .findFirst()
                .orElse(null);
        assumeTrue(quoted != null, "no 003_ transcript");

        assertTrue(quoted.blocks().stream()
                .noneMatch(b -> b.match(h -> h.title().contains("Evolutionary"), p -> false, q -> false)));
        assertTrue(quoted.blocks().stream()
                .anyMatch(b -> b.match(h -> false, p -> false,
                        q -> q.text().startsWith("Evolutionary and biological reasons"))));
    }

    @Test
    void cleansEachFileAloneAsTogether() {
        for (int k = 0; k < raws.size(); k++) {
            assertEquals(sections.get(k), Cleaning.clean(List.of(raws.get(k))).get(0));
        }
    }
}
