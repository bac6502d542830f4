package dev.recast.ingest;

import dev.recast.InputFolder;
import dev.recast.RecastException;
import dev.recast.segment.Lexicon;
import dev.recast.segment.Pronunciation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads pronunciation lexicons: {@code word PH1 PH2 ...} a line in CMU phones, as in the CMU
 * dictionary ({@code Ellison  EH1 L IH0 S AH0 N}), {@code #} comments. Every bad line is located.
 */
public final class LexiconReader {

    public static final String FILE = "lexicon.txt";
    private static final String BUNDLED = "/dev/recast/voices/" + FILE;

    private LexiconReader() {
    }

    /** The bundled lexicon, then {@code input}'s own {@code lexicon.txt} when {@code input} is a folder that has one. */
    public static Lexicon forInput(Optional<Path> input) throws RecastException {
        Lexicon lexicon = bundled();
        Optional<Path> folder = input.filter(Files::isDirectory);
        Path own = folder.map(dir -> dir.resolve(FILE)).orElse(null);
        if (own != null && Files.isRegularFile(own)) {
            try {
                Path real = InputFolder.of(folder.get()).confine(own);
                lexicon = lexicon.plus(parse(own.toString(), Files.readString(real, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new RecastException(RecastException.Kind.INPUT, own.toString(), "cannot read: " + e.getMessage(), e);
            }
        }
        return lexicon;
    }

    static Lexicon bundled() throws RecastException {
        try (InputStream in = LexiconReader.class.getResourceAsStream(BUNDLED)) {
            return in == null ? Lexicon.EMPTY : parse(FILE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new RecastException(RecastException.Kind.ENVIRONMENT, FILE, "cannot read the bundled lexicon", e);
        }
    }

    static Lexicon parse(String shownAs, String text) throws RecastException {
        List<Pronunciation> entries = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int k = 0; k < lines.length; k++) {
            String line = lines[k].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\\s+");
            if (fields.length < 2) {
                throw RecastException.input(RecastException.at(shownAs, k + 1),
                        "expected a word and its CMU phones, e.g. Ellison  EH1 L IH0 S AH0 N");
            }
            try {
                entries.add(new Pronunciation(fields[0], Arrays.asList(fields).subList(1, fields.length)));
            } catch (IllegalArgumentException e) {
                throw RecastException.input(RecastException.at(shownAs, k + 1), e.getMessage());
            }
        }
        return new Lexicon(entries);
    }
}
