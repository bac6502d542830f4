package dev.recast.cli;

import dev.recast.RecastException;
import dev.recast.clean.AppliedCorrection;
import dev.recast.clean.Block;
import dev.recast.clean.Removal;
import dev.recast.clean.RunningText;
import dev.recast.clean.Section;
import dev.recast.ingest.DecodingNote;
import dev.recast.pipeline.Cleaned;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code recast clean [INPUT]}: the cleaned text, what was removed and what corrected, to audit. */
final class CleanCommand {

    private final PrintStream out;

    CleanCommand(PrintStream out) {
        this.out = out;
    }

    int run(String[] args) throws UsageException, RecastException {
        InputOptions options = InputOptions.parse("clean", args);
        if (options.help()) {
            InputOptions.printHelp(out, "clean", "Print INPUT's text as the cleaner leaves it: chapters, paragraphs "
                    + "and quotes, then per section what was removed and which corrections were made. With no "
                    + "INPUT, the bundled example.");
            return 0;
        }
        Cleaned cleaned = Cleaned.read(options.input());
        for (Section section : cleaned.sections()) {
            print(section, cleaned.source().sections().get(section.index() - 1).decoding());
        }
        return 0;
    }

    private void print(Section section, List<DecodingNote> decoding) {
        out.printf(Locale.ROOT, "== %02d %s (%s) ==%n", section.index(), section.title(), section.source());
        String previousSpeaker = null; // of the last running text: a heading between turns changes no speaker
        for (Block block : section.blocks()) {
            Optional<RunningText> running = block.asRunningText();
            String marker = "";
            if (running.isPresent()) {
                String speaker = running.get().speaker();
                // A voice the transcript does not name, after a named one: ">>", as broadcast captions mark it.
                marker = speaker == null && previousSpeaker != null ? ">> " : "";
                previousSpeaker = speaker;
            }
            out.println(marker + text(block));
        }
        if (!decoding.isEmpty()) {
            out.println();
            out.println("Decoded:");
            for (DecodingNote note : decoding) {
                out.printf(Locale.ROOT, "  %s:%d  %s%n", section.source(), note.line(), note.repair());
            }
        }
        if (!section.removals().isEmpty()) {
            out.println();
            out.println("Removed:");
            for (Removal removal : section.removals()) {
                out.printf(Locale.ROOT, "  %s:%d  %s  %s%n", section.source(), removal.line(),
                        removal.reason().name().toLowerCase(Locale.ROOT).replace('_', ' '), removal.text());
            }
        }
        if (!section.corrections().isEmpty()) {
            out.println();
            out.println("Corrected:");
            for (AppliedCorrection applied : section.corrections()) {
                out.printf(Locale.ROOT, "  %d  %s -> %s%n", applied.count(), applied.correction().from(),
                        applied.correction().to());
            }
        }
        out.println();
    }

    private static String text(Block block) {
        return block.match(
                heading -> "#".repeat(heading.level()) + " " + heading.title(),
                paragraph -> speaking(paragraph.speaker()) + paragraph.text(),
                quote -> "> " + speaking(quote.speaker()) + quote.text());
    }

    private static String speaking(String speaker) {
        return speaker == null ? "" : speaker + ": ";
    }
}
