package dev.recast.pipeline;

import dev.recast.RecastException;
import dev.recast.audio.ChapterMark;
import dev.recast.audio.Id3Tag;
import dev.recast.audio.Mp3Encoder;
import dev.recast.audio.Mp3InfoFrame;
import dev.recast.audio.Mp3Joins;
import dev.recast.audio.Mp3Part;
import dev.recast.audio.Resampler;
import dev.recast.audio.TagFields;
import dev.recast.episode.Chapter;
import dev.recast.episode.EpisodeAudio;
import dev.recast.episode.Placed;
import dev.recast.episode.SectionSpan;
import dev.recast.episode.Timeline;
import dev.recast.publish.EpisodeFiles;
import dev.recast.publish.EpisodeInfo;
import dev.recast.publish.Publication;
import dev.recast.publish.Seconds;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * The episode as a 44.1 kHz mono constant-bitrate MP3: resampled, cut in the pauses after
 * sections, the parts encoded in parallel and joined gap-free behind one info frame. The parts
 * depend only on the timeline, so the file is the same whatever the number of workers.
 */
final class Mp3Export {

    /** Silence on each side of a cut, well beyond the resampler's and the encoder's reach. */
    private static final double CUT_MARGIN_SECONDS = 0.25;

    private Mp3Export() {
    }

    /** Stages {@code episode.mp3}: the ID3v2 tag with its chapters, the info frame, the audio frames. */
    static void stage(Publication publication, EpisodeAudio audio, RenderOptions options, OutputDirectory out,
            Consumer<String> progress) throws RecastException {
        Timeline timeline = publication.timeline();
        int rate = timeline.format().sampleRate();
        Resampler resampler = new Resampler(rate, Mp3Encoder.SAMPLE_RATE);
        long samples = resampler.outputLength(timeline.totalSamples());
        List<Mp3Joins.Part> parts = Mp3Joins.plan(samples, cuts(timeline, resampler));
        Mp3Encoder encoder = new Mp3Encoder(options.mp3Bitrate());
        long began = System.nanoTime();
        List<Path> spills = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            spills.add(out.scratchFile("mp3-part"));
        }
        List<Mp3Part> encoded = encode(parts, encoder, resampler, audio, options.jobs(), spills);
        double seconds = (System.nanoTime() - began) / 1e9;
        progress.accept(String.format(Locale.ROOT, "encoded %s: %.1f s of audio in %.1f s (%.0f× real time, "
                + "%d parts, %d jobs)", EpisodeFiles.EPISODE_MP3, (double) samples / Mp3Encoder.SAMPLE_RATE,
                seconds, samples / (double) Mp3Encoder.SAMPLE_RATE / seconds, parts.size(), options.jobs()));
        byte[] info;
        try {
            info = Mp3InfoFrame.render(encoder.bitrate(), encoded, samples);
        } catch (IOException e) {
            throw new RecastException(RecastException.Kind.ENVIRONMENT, EpisodeFiles.EPISODE_MP3,
                    "cannot read the encoded parts back: " + e.getMessage(), e);
        }
        byte[] id3Tag = id3Tag(publication);
        out.stage(EpisodeFiles.EPISODE_MP3, stream -> {
            stream.write(id3Tag);
            stream.write(info);
            for (Mp3Part part : encoded) {
                part.writeTo(stream);
            }
        });
    }

    /**
     * Title, author, date and description, and a chapter per timeline chapter, ending where the
     * next begins. Joining is exact, so the MP3's chapter times are the timeline's.
     */
    static byte[] id3Tag(Publication publication) {
        Timeline timeline = publication.timeline();
        EpisodeInfo info = publication.info();
        int rate = timeline.format().sampleRate();
        List<Chapter> chapters = timeline.chapters();
        List<ChapterMark> marks = new ArrayList<>();
        for (int i = 0; i < chapters.size(); i++) {
            long end = i + 1 < chapters.size() ? chapters.get(i + 1).startSample() : timeline.totalSamples();
            marks.add(new ChapterMark("ch" + (i + 1), chapters.get(i).title(),
                    Seconds.millis(chapters.get(i).startSample(), rate), Seconds.millis(end, rate)));
        }
        return Id3Tag.render(new TagFields(info.title(), info.author(), info.title(), 1, info.date(),
                info.description()), marks);
    }

    /**
     * One cut in the middle of each pause that ends a section, if it is long enough, on a whole
     * number of 44.1 kHz samples (a multiple of 160 at 16 kHz).
     */
    static List<Long> cuts(Timeline timeline, Resampler resampler) {
        int rate = timeline.format().sampleRate();
        int grid = resampler.inputRate() / gcd(resampler.inputRate(), resampler.outputRate());
        long margin = Math.round(CUT_MARGIN_SECONDS * rate);
        long skipped = -Math.floorDiv(-(long) Mp3Joins.MAX_SKIPPED * rate, resampler.outputRate());
        List<Long> cuts = new ArrayList<>();
        List<SectionSpan> sections = timeline.sections();
        int next = 0;
        for (SectionSpan section : sections.subList(0, Math.max(0, sections.size() - 1))) {
            while (next < timeline.utterances().size()
                    && timeline.utterances().get(next).endSample() < section.endSample()) {
                next++;
            }
            if (next == timeline.utterances().size()) {
                break;
            }
            Placed last = timeline.utterances().get(next);
            if (last.endSample() != section.endSample()) {
                continue;
            }
            long cut = (last.speechEndSample() + last.endSample()) / 2 / grid * grid;
            if (cut - last.speechEndSample() >= margin && last.endSample() - cut >= margin + skipped) {
                cuts.add(resampler.outputLength(cut));
            }
        }
        return cuts;
    }

    /** Encodes the parts on {@code jobs} threads, each part's frames spilled to its file as it is done. */
    private static List<Mp3Part> encode(List<Mp3Joins.Part> parts, Mp3Encoder encoder, Resampler resampler,
            EpisodeAudio audio, int jobs, List<Path> spills) throws RecastException {
        long inputLength = audio.timeline().totalSamples();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, parts.size()));
        try {
            List<Future<Mp3Part>> futures = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                Mp3Joins.Part part = parts.get(i);
                Path spill = spills.get(i);
                futures.add(pool.submit(() -> encoder.encode(
                        resampler.span(audio::span, inputLength, part.start(), part.end()), part.samples())
                        .spill(spill)));
            }
            List<Mp3Part> encoded = new ArrayList<>();
            for (Future<Mp3Part> future : futures) {
                encoded.add(future.get());
            }
            return encoded;
        } catch (ExecutionException e) {
            throw new RecastException(RecastException.Kind.FAILURE, EpisodeFiles.EPISODE_MP3,
                    "MP3 encoding failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RecastException(RecastException.Kind.FAILURE, EpisodeFiles.EPISODE_MP3,
                    "MP3 encoding was interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
