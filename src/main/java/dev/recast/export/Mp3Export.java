package dev.recast.export;

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
import dev.recast.episode.ContentDigest;
import dev.recast.episode.EpisodeAudio;
import dev.recast.episode.Placed;
import dev.recast.episode.SectionSpan;
import dev.recast.episode.Timeline;
import dev.recast.episode.Workers;
import dev.recast.pipeline.RenderOptions;
import dev.recast.pipeline.RenderProgress;
import dev.recast.publish.EpisodeFiles;
import dev.recast.publish.EpisodeInfo;
import dev.recast.publish.Publication;
import dev.recast.publish.Seconds;
import dev.recast.storage.OutputDirectory;
import dev.recast.synth.UtteranceCache;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The episode as a 44.1 kHz mono constant-bitrate MP3: resampled, cut in its long pauses, the
 * parts encoded in parallel and joined gap-free behind one info frame. The parts depend only on
 * the timeline, so the file is the same whatever the number of workers.
 */
public final class Mp3Export {

    /** Silence before a cut, after the speech, well beyond the resampler's and the encoder's reach. */
    private static final double CUT_MARGIN_SECONDS = 0.25;
    /**
     * The shortest part cut inside a section: each part costs the encoder's start and flush
     * (about 1.6 ms), a cache entry and a file, and a part this long encodes in about 0.1 s.
     */
    private static final double MIN_PART_SECONDS = 10;
    /**
     * How far before the speech after it a cut is: past the cut, the next part skips at most
     * {@link Mp3Joins#MAX_SKIPPED} samples (52 ms) and starts in this same silence.
     */
    private static final double CUT_LEAD_SECONDS = 0.25;

    private Mp3Export() {
    }

    /**
     * Stages {@code episode.mp3}: the ID3v2 tag with its chapters, the info frame, the audio frames.
     * Parts are kept in {@code cache} (null for none) and taken from there by a later render.
     */
    public static void stage(Publication publication, EpisodeAudio audio, RenderOptions options, OutputDirectory out,
            UtteranceCache cache, Workers workers, RenderProgress progress) throws RecastException {
        Timeline timeline = publication.timeline();
        int rate = timeline.format().sampleRate();
        Resampler resampler = new Resampler(rate, Mp3Encoder.SAMPLE_RATE);
        long samples = resampler.outputLength(timeline.totalSamples());
        List<Mp3Joins.Part> parts = Mp3Joins.plan(samples, cuts(timeline, resampler));
        Mp3Encoder encoder = new Mp3Encoder(options.mp3Bitrate());
        long began = System.nanoTime();
        // Without a cache, each part waits to be joined in a file of its own.
        List<Path> spills = new ArrayList<>();
        for (int i = 0; cache == null && i < parts.size(); i++) {
            spills.add(out.scratchFile("mp3-part"));
        }
        AtomicInteger kept = new AtomicInteger();
        progress.stageStarted("encoding " + EpisodeFiles.EPISODE_MP3, samples, Mp3Encoder.SAMPLE_RATE);
        List<Mp3Part> encoded = encode(parts, encoder, resampler, audio, workers, spills, cache, kept, progress);
        double seconds = (System.nanoTime() - began) / 1e9;
        progress.note(String.format(Locale.ROOT, "encoded %s: %.1f s of audio in %.1f s (%.0fx real time, "
                + "%d parts, %d from the cache, %d jobs)", EpisodeFiles.EPISODE_MP3,
                (double) samples / Mp3Encoder.SAMPLE_RATE, seconds, samples / (double) Mp3Encoder.SAMPLE_RATE / seconds,
                parts.size(), kept.get(), options.jobs()));
        byte[] info = Mp3InfoFrame.render(encoder.bitrate(), encoded, samples);
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
     * Title, author, date and description, the cover, and a chapter per timeline chapter, ending
     * where the next begins. Joining is exact, so the MP3's chapter times are the timeline's.
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
                info.description()), marks, publication.cover().map(cover -> new Id3Tag.Picture(cover.mediaType(),
                        cover.bytes())));
    }

    /**
     * One cut {@link #CUT_LEAD_SECONDS} before each section but the first, and within a section
     * before each utterance at least {@link #MIN_PART_SECONDS} after the cut before it; each only
     * where the pause before the utterance leaves that much silence after the speech (a
     * paragraph's pause does, a sentence's does not). Parts are whole frames from a start on the
     * frame grid, so, on a timeline whose sections start on {@link Mp3Joins#sectionGrid}, every
     * part starts the same distance before its speech whatever the sections before it hold, and
     * an edit re-encodes only the part it falls in and the rest of its section, which it moved
     * against the frame grid.
     */
    static List<Long> cuts(Timeline timeline, Resampler resampler) {
        int rate = timeline.format().sampleRate();
        long lead = Math.round(CUT_LEAD_SECONDS * Mp3Encoder.SAMPLE_RATE);
        long margin = Math.round(CUT_MARGIN_SECONDS * rate);
        long minPart = Math.round(MIN_PART_SECONDS * Mp3Encoder.SAMPLE_RATE);
        Set<Long> sectionStarts = new HashSet<>();
        for (SectionSpan section : timeline.sections()) {
            sectionStarts.add(section.startSample());
        }
        List<Long> cuts = new ArrayList<>();
        long previous = 0;
        List<Placed> placed = timeline.utterances();
        for (int i = 1; i < placed.size(); i++) {
            long start = placed.get(i).startSample();
            long cut = resampler.outputLength(start) - lead;
            boolean wanted = sectionStarts.contains(start) || cut - previous >= minPart;
            if (wanted && cut >= resampler.outputLength(placed.get(i - 1).speechEndSample() + margin)) {
                cuts.add(cut);
                previous = cut;
            }
        }
        return cuts;
    }

    /**
     * Encodes the parts on the render's workers, each part's frames kept in {@code cache} as it is
     * done, or without one spilled to its file; a part made before of the same samples is taken
     * from the cache, where it is read in place when the parts are joined.
     */
    private static List<Mp3Part> encode(List<Mp3Joins.Part> parts, Mp3Encoder encoder, Resampler resampler,
            EpisodeAudio audio, Workers workers, List<Path> spills, UtteranceCache cache, AtomicInteger kept,
            RenderProgress progress) throws RecastException {
        List<Mp3Part> encoded = new ArrayList<>();
        long[] reached = {0};
        try {
            workers.inOrder(parts.size(), i -> () -> part(parts.get(i), encoder, resampler, audio, cache, kept,
                    cache == null ? spills.get(i) : null), part -> {
                        encoded.add(part);
                        // Up to where the next part starts: the silence a junction skips is done too.
                        int next = encoded.size();
                        long to = next < parts.size() ? parts.get(next).start() : parts.get(next - 1).end();
                        progress.stageAdvanced(to - reached[0]);
                        reached[0] = to;
                    });
        } catch (UtteranceCache.WriteFailure e) {
            throw e.asRecastException();
        } catch (IOException | RuntimeException e) {
            throw new RecastException(RecastException.Kind.FAILURE, EpisodeFiles.EPISODE_MP3,
                    "MP3 encoding failed: " + e.getMessage(), e);
        }
        return encoded;
    }

    /**
     * One part, its frames in a file: from the cache when its key is there and its frames check
     * out, else encoded, and kept in the cache or, without one, spilled to {@code spill}.
     */
    private static Mp3Part part(Mp3Joins.Part part, Mp3Encoder encoder, Resampler resampler, EpisodeAudio audio,
            UtteranceCache cache, AtomicInteger kept, Path spill) throws IOException {
        long inputLength = audio.timeline().totalSamples();
        String key = cache == null ? null : key(part, encoder, resampler, audio);
        byte[] frames = key == null ? null : cache.readBytes(key);
        if (frames != null) {
            try {
                Mp3Part found = new Mp3Part(frames, part.samples());
                if (found.frames() == Mp3Encoder.frames(part.samples())) {
                    kept.incrementAndGet();
                    return keptAt(found, cache.placeOfBytes(key));
                }
            } catch (IllegalArgumentException e) {
                // Not whole frames after all: encoded again below, and the entry replaced.
            }
        }
        Mp3Part made = encoder.encode(resampler.span(audio::span, inputLength, part.start(), part.end()),
                part.samples());
        if (key == null) {
            return made.spill(spill);
        }
        cache.writeBytes(key, made.bytes());
        return keptAt(made, cache.placeOfBytes(key));
    }

    private static Mp3Part keptAt(Mp3Part part, UtteranceCache.Place place) {
        return part.keptAt(place.file(), place.offset());
    }

    /**
     * Names everything a part's frames are made of: the encoder, the resampler, the part's length,
     * and the input it reads (its samples, the silence beyond the episode's ends, the filter's
     * phase), but not where it sits, so a section an edit moved along the grid keeps its part.
     * The samples are named by the clips in them and their places, or, where a clip has no
     * content key, by the samples themselves.
     */
    private static String key(Mp3Joins.Part part, Mp3Encoder encoder, Resampler resampler, EpisodeAudio audio)
            throws IOException {
        Resampler.Reach reach = resampler.reach(audio.timeline().totalSamples(), part.start(), part.end());
        ContentDigest key = new ContentDigest().add("mp3-part").add(encoder.settings()).add(resampler.settings())
                .add(part.samples() + " samples, phase " + reach.phase() + ", silence " + (reach.readFrom()
                        - reach.first()) + " before and " + (reach.last() - reach.readTo()) + " after");
        Optional<String> clips = audio.contentKey(reach.readFrom(), reach.readTo());
        return (clips.isPresent() ? key.add("clips " + clips.get()) : key.add(audio.span(reach.readFrom(),
                reach.readTo()))).hex();
    }

}
