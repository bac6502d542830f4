package dev.recast.cli;

import dev.recast.RecastException;
import dev.recast.audio.ChapterMark;
import dev.recast.audio.CuePoint;
import dev.recast.audio.Mp3File;
import dev.recast.audio.Mp3FormatException;
import dev.recast.audio.Mp3Reader;
import dev.recast.audio.WavFile;
import dev.recast.audio.WavFormatException;
import dev.recast.audio.WavReader;
import dev.recast.publish.Seconds;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code recast inspect FILE}: a WAV or MP3 episode's format, duration, tags and chapters. */
final class InspectCommand {

    private static final Options OPTIONS = new Options()
            .addOption(Option.builder("h").longOpt("help").desc("show this help").build());

    // The tag names people know, for the ids the two formats use; others are shown by id.
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("INAM", "title"), Map.entry("TIT2", "title"),
            Map.entry("IART", "artist"), Map.entry("TPE1", "artist"),
            Map.entry("IPRD", "album"), Map.entry("TALB", "album"),
            Map.entry("TRCK", "track"),
            Map.entry("ICRD", "date"), Map.entry("TDRC", "date"),
            Map.entry("ICMT", "comment"), Map.entry("COMM", "comment"),
            Map.entry("ISFT", "software"), Map.entry("TSSE", "software"));

    private final PrintStream out;

    InspectCommand(PrintStream out) {
        this.out = out;
    }

    int run(String[] args) throws UsageException, RecastException {
        CommandLine line = CommandSyntax.parse("inspect", OPTIONS, args);
        if (line.hasOption("help")) {
            CommandSyntax.printHelp(out, "recast inspect FILE",
                    "Print a WAV or MP3 episode's format, duration, tags and chapters, as its own headers state them.",
                    OPTIONS);
            return 0;
        }
        if (line.getArgList().size() != 1) {
            throw new UsageException("inspect takes one FILE, got " + line.getArgList().size()
                    + " (try recast inspect --help)");
        }
        Path file = Path.of(line.getArgList().get(0));
        if (Files.isDirectory(file)) {
            throw RecastException.input(file.toString(), "is a folder: give the WAV or MP3 file to inspect");
        }
        try {
            String kind = sniff(file);
            if (kind.equals("WAV")) {
                print(WavReader.read(file));
            } else if (kind.equals("MP3")) {
                print(Mp3Reader.read(file));
            } else {
                throw RecastException.input(file.toString(), "not a WAV or MP3 file");
            }
        } catch (WavFormatException | Mp3FormatException e) {
            throw RecastException.input(null, e.getMessage());
        } catch (NoSuchFileException e) {
            throw RecastException.input(file.toString(), "no such file");
        } catch (IOException e) {
            throw new RecastException(RecastException.Kind.ENVIRONMENT, file.toString(), "cannot read: " + e, e);
        }
        return 0;
    }

    /** "WAV", "MP3", or "" by the first bytes. */
    private static String sniff(Path file) throws IOException {
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(4);
        }
        String magic = new String(start, StandardCharsets.ISO_8859_1);
        if (magic.equals("RIFF") || magic.equals("RF64")) {
            return "WAV";
        }
        if (magic.startsWith("ID3") || start.length >= 2 && (start[0] & 0xFF) == 0xFF && (start[1] & 0xE0) == 0xE0) {
            return "MP3";
        }
        return "";
    }

    private void print(WavFile wav) {
        int rate = wav.format().sampleRate();
        out.printf(Locale.ROOT, "format    WAV, %d Hz, %s, %d-bit%n", rate, channels(wav.format().channels()),
                wav.format().bitsPerSample());
        out.println("duration  " + time(wav.frames(), rate));
        printTags(wav.info());
        if (!wav.cues().isEmpty()) {
            out.println("chapters:");
            for (CuePoint cue : wav.cues()) {
                out.println("  " + time(cue.sampleOffset(), rate) + "  " + cue.label());
            }
        }
    }

    private void print(Mp3File mp3) {
        out.printf(Locale.ROOT, "format    MP3, %d Hz, %s%n", mp3.sampleRate(), channels(mp3.channels()));
        out.println("duration  " + time(mp3.samples(), mp3.sampleRate())
                + (mp3.gapless() ? "" : " (counted frames, encoder delay unknown)"));
        printTags(mp3.tags());
        if (!mp3.chapters().isEmpty()) {
            out.println("chapters:");
            for (ChapterMark chapter : mp3.chapters()) {
                out.println("  " + time(chapter.startMillis()) + "  " + chapter.title());
            }
        }
    }

    private void printTags(Map<String, String> tags) {
        Map<String, String> named = new LinkedHashMap<>();
        tags.forEach((id, text) -> named.putIfAbsent(NAMES.getOrDefault(id, id), text));
        named.forEach((name, text) -> out.printf(Locale.ROOT, "%-9s %s%n", name, text));
    }

    private static String channels(int channels) {
        return channels == 1 ? "mono" : channels == 2 ? "stereo" : channels + " channels";
    }

    /** {@code sample} at {@code rate} as h:mm:ss.mmm, rounded as every output rounds it. */
    private static String time(long sample, int rate) {
        return time(Seconds.millis(sample, rate));
    }

    private static String time(long millis) {
        return String.format(Locale.ROOT, "%d:%02d:%02d.%03d", millis / 3_600_000, millis / 60_000 % 60,
                millis / 1000 % 60, millis % 1000);
    }
}
