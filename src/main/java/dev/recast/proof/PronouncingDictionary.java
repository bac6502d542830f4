package dev.recast.proof;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a CMU-style pronouncing dictionary ({@code word PH PH ...} a line, the second and later
 * pronunciations of a word as {@code word(2)}, as pocketsphinx's {@code cmudict-en-us.dict}):
 * each word's first pronunciation.
 */
public final class PronouncingDictionary {

    private PronouncingDictionary() {
    }

    /** The first pronunciation of each word of {@code file}, by lower-case word. */
    public static Map<String, List<String>> read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the pronouncing dictionary " + file, e);
        }
    }

    static Map<String, List<String>> parse(Reader text) throws IOException {
        Map<String, List<String>> first = new HashMap<>();
        BufferedReader lines = new BufferedReader(text);
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            String[] fields = line.strip().split("\\s+");
            if (fields.length >= 2 && !fields[0].startsWith("#") && !fields[0].endsWith(")")) {
                first.putIfAbsent(fields[0].toLowerCase(Locale.ROOT),
                        List.copyOf(Arrays.asList(fields).subList(1, fields.length)));
            }
        }
        return first;
    }
}
