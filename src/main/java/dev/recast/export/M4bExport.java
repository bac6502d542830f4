package dev.recast.export;

import dev.recast.RecastException;
import dev.recast.audio.PcmSource;
import dev.recast.audio.WavWriter;
import dev.recast.episode.Chapter;
import dev.recast.episode.EpisodeAudio;
import dev.recast.episode.Timeline;
import dev.recast.publish.EpisodeFiles;
import dev.recast.publish.EpisodeInfo;
import dev.recast.publish.Publication;
import dev.recast.storage.OutputDirectory;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code episode.m4b}: the episode in AAC with its chapters and cover, encoded by ffmpeg from the
 * episode WAV, an FFMETADATA file and the cover image. ffmpeg's {@code ipod} muxer writes both a QuickTime chapter track
 * (Apple players) and a Nero {@code chpl} atom (most others); its bit-exact flags leave out the
 * encoder's version, so the same episode gives the same bytes.
 */
public final class M4bExport {

    private static final String AAC_BITRATE = "64k";
    private static final int BUFFER_SAMPLES = 1 << 15;

    private final String ffmpeg;

    /** @param ffmpeg the ffmpeg program, a name looked up on {@code PATH} or a path */
    public M4bExport(String ffmpeg) {
        this.ffmpeg = ffmpeg;
    }

    /** Fails now, before the long work, when ffmpeg cannot be run. */
    public void checkAvailable() throws RecastException {
        try {
            Process process = new ProcessBuilder(ffmpeg, "-version")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (process.waitFor() == 0) {
                return;
            }
        } catch (IOException e) {
            // not installed: reported below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new RecastException(RecastException.Kind.ENVIRONMENT, null,
                "ffmpeg is needed for --format m4b; install it (Debian: apt-get install ffmpeg)");
    }

    /**
     * Stages {@code episode.m4b}, encoded from the episode WAV when that is written ({@link
     * Publication#episodeWav}), so only once that is complete; else from a scratch WAV of its own.
     */
    public void stage(Publication publication, EpisodeAudio audio, OutputDirectory out) throws RecastException {
        // Scratch files beside the outputs, not a folder in the system's temporary one (often a
        // small tmpfs): a render stopped while ffmpeg works leaves none of them behind.
        List<Path> work = new ArrayList<>();
        try {
            Optional<String> written = publication.episodeWav();
            Path wav = written.isPresent() ? out.stagedFile(written.get())
                    : writeWav(audio, scratch(out, "m4b-episode.wav", work));
            Path metadata = scratch(out, "m4b-metadata", work);
            Files.writeString(metadata, metadata(publication.info(), publication.timeline()), StandardCharsets.UTF_8,
                    StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
            Optional<Path> cover = Optional.empty();
            if (publication.cover().isPresent()) {
                cover = Optional.of(scratch(out, "m4b-cover", work));
                Files.write(cover.get(), publication.cover().get().bytes(), StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING);
            }
            Path m4b = scratch(out, "m4b", work);
            encode(wav, metadata, cover, m4b, scratch(out, "ffmpeg-log", work));
            out.stage(EpisodeFiles.EPISODE_M4B, stream -> Files.copy(m4b, stream));
        } catch (IOException e) {
            throw new RecastException(RecastException.Kind.ENVIRONMENT, EpisodeFiles.EPISODE_M4B,
                    "cannot prepare the M4B: " + e.getMessage(), e);
        } finally {
            // Removed now rather than when the render ends: the WAV is the episode's size.
            for (Path file : work) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // The render's end removes its scratch files again.
                }
            }
        }
    }

    private static Path scratch(OutputDirectory out, String name, List<Path> work) throws RecastException {
        Path file = out.scratchFile(name);
        work.add(file);
        return file;
    }

    /**
     * The cover goes in as an attached picture, copied as it is: the {@code ipod} muxer writes it
     * as the {@code covr} atom rather than as a video track.
     */
    private void encode(Path wav, Path metadata, Optional<Path> cover, Path m4b, Path log)
            throws IOException, RecastException {
        List<String> command = new ArrayList<>(List.of(ffmpeg, "-nostdin", "-v", "error", "-y",
                "-i", wav.toString(), "-f", "ffmetadata", "-i", metadata.toString()));
        cover.ifPresent(file -> command.addAll(List.of("-i", file.toString())));
        command.addAll(List.of("-map", "0:a", "-map_metadata", "1", "-map_chapters", "1"));
        cover.ifPresent(file -> command.addAll(List.of("-map", "2:v", "-c:v", "copy",
                "-disposition:v", "attached_pic")));
        command.addAll(List.of("-c:a", "aac", "-b:a", AAC_BITRATE,
                "-fflags", "+bitexact", "-flags:a", "+bitexact",
                "-brand", "M4B ", "-movflags", "+faststart",
                "-f", "ipod", m4b.toString()));
        Process process = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(log.toFile())
                .start();
        int exit;
        try {
            exit = process.waitFor();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new RecastException(RecastException.Kind.FAILURE, EpisodeFiles.EPISODE_M4B,
                    "interrupted while ffmpeg encoded", e);
        }
        if (exit != 0) {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank()).toList();
            String last = lines.isEmpty() ? "no message" : lines.get(lines.size() - 1).strip();
            throw new RecastException(RecastException.Kind.FAILURE, EpisodeFiles.EPISODE_M4B,
                    "ffmpeg failed (exit " + exit + "): " + last);
        }
    }

    /**
     * The FFMETADATA1 file: the episode's tags, then every chapter in samples (the timeline's
     * own time base, so ffmpeg does the one rounding), each ending where the next begins.
     */
    static String metadata(EpisodeInfo info, Timeline timeline) {
        StringBuilder text = new StringBuilder(";FFMETADATA1\n");
        tag(text, "title", info.title());
        tag(text, "album", info.title());
        tag(text, "artist", info.author());
        tag(text, "date", info.date());
        tag(text, "comment", info.description());
        tag(text, "genre", "Podcast");
        List<Chapter> chapters = timeline.chapters();
        for (int i = 0; i < chapters.size(); i++) {
            long end = i + 1 < chapters.size() ? chapters.get(i + 1).startSample() : timeline.totalSamples();
            text.append("\n[CHAPTER]\nTIMEBASE=1/").append(timeline.format().sampleRate()).append('\n');
            text.append("START=").append(chapters.get(i).startSample()).append('\n');
            text.append("END=").append(end).append('\n');
            tag(text, "title", chapters.get(i).title());
        }
        return text.toString();
    }

    private static void tag(StringBuilder text, String key, String value) {
        if (value != null) {
            text.append(key).append('=').append(escape(value)).append('\n');
        }
    }

    /** FFMETADATA's escaping: a backslash before {@code = ; # \} and line breaks. */
    static String escape(String value) {
        StringBuilder escaped = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '=' || c == ';' || c == '#' || c == '\\' || c == '\n') {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    private static Path writeWav(EpisodeAudio audio, Path wav) throws IOException {
        Timeline timeline = audio.timeline();
        try (OutputStream stream = Files.newOutputStream(wav, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
                WavWriter writer = WavWriter.open(stream, timeline.format(), List.of(), timeline.totalSamples())) {
            PcmSource source = audio.episode();
            short[] buffer = new short[BUFFER_SAMPLES];
            for (int n = source.read(buffer, 0, buffer.length); n >= 0; n = source.read(buffer, 0, buffer.length)) {
                writer.writeSamples(buffer, 0, n);
            }
        }
        return wav;
    }
}
