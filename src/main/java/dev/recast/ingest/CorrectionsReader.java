package dev.recast.ingest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.recast.InputFolder;
import dev.recast.LocatedJson;
import dev.recast.RecastException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads an input folder's optional corrections: {@code corrections.tsv} ({@code from<TAB>to} a
 * line, {@code #} comments, {@code /regex/} froms) or {@code corrections.json}
 * ({@code [{"from": …, "to": …, "regex": false}]}). Every bad entry is located.
 */
public final class CorrectionsReader {

    public static final String TSV = "corrections.tsv";
    public static final String JSON = "corrections.json";

    // Not a letter, digit or underscore on either side: "cat" is not the start of "category".
    private static final String WORD_EDGE_BEFORE = "(?<![\\p{L}\\p{N}_])";
    private static final String WORD_EDGE_AFTER = "(?![\\p{L}\\p{N}_])";

    /** One entry of {@code corrections.json}. */
    record Entry(@JsonProperty("from") String from, @JsonProperty("to") String to,
            @JsonProperty("regex") Boolean regex) {
    }

    private CorrectionsReader() {
    }

    /** The folder's corrections, in file order; none when it has no corrections file. */
    public static List<Correction> read(Path folder) throws RecastException {
        Path tsv = folder.resolve(TSV);
        Path json = folder.resolve(JSON);
        if (Files.isRegularFile(tsv) && Files.isRegularFile(json)) {
            throw RecastException.input(folder.toString(), "both " + TSV + " and " + JSON + ": keep one");
        }
        if (Files.isRegularFile(tsv)) {
            return readTsv(tsv.toString(), new String(bytes(InputFolder.of(folder).confine(tsv)), StandardCharsets.UTF_8));
        }
        if (Files.isRegularFile(json)) {
            return readJson(json.toString(), bytes(InputFolder.of(folder).confine(json)));
        }
        return List.of();
    }

    static List<Correction> readTsv(String shownAs, String text) throws RecastException {
        List<Correction> corrections = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int k = 0; k < lines.length; k++) {
            String line = lines[k];
            String location = RecastException.at(shownAs, k + 1);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw RecastException.input(location, "expected from<TAB>to, found no tab");
            }
            String from = line.substring(0, tab);
            String to = line.substring(tab + 1);
            boolean regex = from.length() > 2 && from.startsWith("/") && from.endsWith("/");
            corrections.add(correction(regex ? from.substring(1, from.length() - 1) : from, to, regex, location));
        }
        return List.copyOf(corrections);
    }

    static List<Correction> readJson(String shownAs, byte[] bytes) throws RecastException {
        Entry[] entries = LocatedJson.read(bytes, shownAs, Entry[].class);
        List<String> locations = entryLocations(bytes, shownAs);
        List<Correction> corrections = new ArrayList<>();
        for (int k = 0; k < entries.length; k++) {
            Entry entry = entries[k];
            String location = k < locations.size() ? locations.get(k) : shownAs;
            if (entry == null || entry.to() == null) {
                throw RecastException.input(location, "a correction needs \"from\" and \"to\"");
            }
            corrections.add(correction(entry.from() == null ? "" : entry.from(), entry.to(),
                    Boolean.TRUE.equals(entry.regex()), location));
        }
        return List.copyOf(corrections);
    }

    private static Correction correction(String from, String to, boolean regex, String location)
            throws RecastException {
        if (from.isEmpty()) {
            throw RecastException.input(location, "empty \"from\": nothing to correct");
        }
        if (!regex) {
            Pattern word = Pattern.compile(WORD_EDGE_BEFORE + Pattern.quote(from) + WORD_EDGE_AFTER);
            return new Correction(from, to, word, false, location);
        }
        Pattern pattern;
        try {
            pattern = Pattern.compile(from);
        } catch (PatternSyntaxException e) {
            throw RecastException.input(location, "bad regular expression /" + from + "/: " + e.getDescription());
        }
        try {
            // A match of the empty alternative has every group of the pattern, unset: replacing it
            // checks the "to" side's group references now, not on some later transcript line.
            Pattern.compile("(?:" + from + ")|").matcher("").replaceFirst(to);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw RecastException.input(location, "bad replacement '" + to + "' for /" + from + "/: " + e.getMessage());
        }
        return new Correction("/" + from + "/", to, pattern, true, location);
    }

    /** Where each entry of the top-level array starts, {@code file:line:column}. */
    private static List<String> entryLocations(byte[] bytes, String shownAs) {
        List<String> locations = new ArrayList<>();
        try (JsonParser parser = new JsonFactory().createParser(bytes)) {
            int depth = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (depth == 1 && token.isStructStart() || depth == 1 && token.isScalarValue()) {
                    JsonLocation at = parser.currentTokenLocation();
                    locations.add(RecastException.at(shownAs, at.getLineNr(), at.getColumnNr()));
                }
                depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
            }
        } catch (IOException e) {
            return locations; // LocatedJson has read it already; the locations only point
        }
        return locations;
    }

    private static byte[] bytes(Path file) throws RecastException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RecastException(RecastException.Kind.INPUT, file.toString(), "cannot read: " + e.getMessage(), e);
        }
    }
}
