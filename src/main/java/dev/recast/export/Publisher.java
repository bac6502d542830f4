package dev.recast.export;

import dev.recast.RecastException;
import dev.recast.audio.LevelOverview;
import dev.recast.concurrent.SideTask;
import dev.recast.concurrent.WorkerPool;
import dev.recast.episode.EpisodeAudio;
import dev.recast.episode.Levels;
import dev.recast.pipeline.RenderOptions;
import dev.recast.pipeline.RenderProgress;
import dev.recast.publish.CueSheet;
import dev.recast.publish.EpisodeFiles;
import dev.recast.publish.EpisodePage;
import dev.recast.publish.Format;
import dev.recast.publish.M3u8Playlist;
import dev.recast.publish.PlsPlaylist;
import dev.recast.publish.PodcastChapters;
import dev.recast.publish.PodcastFeed;
import dev.recast.publish.PodcastTranscript;
import dev.recast.publish.Publication;
import dev.recast.publish.RenderReport;
import dev.recast.publish.SrtCaptions;
import dev.recast.publish.WebVttCaptions;
import dev.recast.publish.WebVttChapters;
import dev.recast.publish.XspfPlaylist;
import dev.recast.storage.OutputDirectory;
import dev.recast.synth.UtteranceCache;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The publish stage: stages the chosen outputs of a render in its output directory, in an order
 * where each can read what it needs of the ones before. The WAVs are written on a thread of their
 * own beside the MP3 and the text outputs: the episode's WAV is one file for one thread, and a
 * re-render's MP3 is mostly the one part an edit changed, so each alone leaves a core idle. What
 * reads the episode's WAV or its levels (the M4B, the feed, the page) waits for it to be complete.
 */
public final class Publisher {

    /** A text output made from the publication alone, staged when its format is chosen. */
    private record TextOutput(Format format, String file, Function<Publication, String> renderer) {
    }

    /**
     * The text outputs made from the publication alone, in the order they are staged. A new text
     * format is its renderer in {@code publish/}, its {@link Format} constant, and a line here.
     */
    private static final List<TextOutput> TEXT_OUTPUTS = List.of(
            new TextOutput(Format.PLAYLISTS, EpisodeFiles.PLAYLIST, M3u8Playlist::render),
            new TextOutput(Format.PLAYLISTS, EpisodeFiles.PLS_PLAYLIST, PlsPlaylist::render),
            new TextOutput(Format.PLAYLISTS, EpisodeFiles.XSPF_PLAYLIST, XspfPlaylist::render),
            new TextOutput(Format.PLAYLISTS, EpisodeFiles.CUE_SHEET, CueSheet::render),
            new TextOutput(Format.CHAPTERS, EpisodeFiles.CHAPTERS, p -> PodcastChapters.render(p.info(), p.timeline())),
            new TextOutput(Format.CHAPTERS, EpisodeFiles.CHAPTERS_VTT, p -> WebVttChapters.render(p.timeline())),
            new TextOutput(Format.CAPTIONS, EpisodeFiles.CAPTIONS_VTT, p -> WebVttCaptions.render(p.timeline())),
            new TextOutput(Format.CAPTIONS, EpisodeFiles.CAPTIONS_SRT, p -> SrtCaptions.render(p.timeline())),
            new TextOutput(Format.CAPTIONS, EpisodeFiles.TRANSCRIPT, p -> PodcastTranscript.render(p.timeline())));

    private final M4bExport m4b;
    private final RenderProgress events;

    /**
     * @param ffmpeg the ffmpeg program for the M4B; tests name a missing one
     * @param events where the MP3's encoding progress goes
     */
    public Publisher(String ffmpeg, RenderProgress events) {
        this.m4b = new M4bExport(ffmpeg);
        this.events = events;
    }

    /**
     * Playlists, the CUE sheet and the feed point at audio, so one of WAV and MP3 must be chosen with
     * them; refused before any work, as a usage error, rather than writing links to nothing.
     */
    public static void requireAudioFor(Set<Format> formats) throws RecastException {
        if (Publication.writesLinkableAudio(formats)) {
            return;
        }
        for (Format needsAudio : List.of(Format.PLAYLISTS, Format.FEED)) {
            if (formats.contains(needsAudio)) {
                throw RecastException.input(null, "--format " + needsAudio.id()
                        + " links to the episode's audio: add wav or mp3 to --format");
            }
        }
    }

    /** Fails now, before the long work, when a chosen format needs a program that cannot be run. */
    public void requireToolsFor(Set<Format> formats) throws RecastException {
        if (formats.contains(Format.M4B)) {
            m4b.checkAvailable();
        }
    }

    /**
     * Stages every chosen output, and render.json.
     *
     * @param levels how the audio was levelled; empty when it is as synthesized
     * @param cache where the MP3's parts are kept for a later render; null for none
     */
    public void publish(Publication publication, EpisodeAudio audio, Optional<Levels> levels, RenderOptions options,
            OutputDirectory out, UtteranceCache cache, WorkerPool workers) throws RecastException {
        LevelOverview.Builder overview = publication.has(Format.PAGE)
                ? new LevelOverview.Builder(publication.timeline().totalSamples(), EpisodePage.OVERVIEW_WIDTH)
                : null;
        OutputDirectory.Reserved wavs = publication.has(Format.WAV)
                ? WavExport.reserve(publication, audio, out, overview)
                : null;
        try (SideTask wavWriting = wavs == null ? null : SideTask.start("recast-wav", () -> wavs.write(workers))) {
            if (publication.has(Format.MP3)) {
                Mp3Export.stage(publication, audio, options, out, cache, workers, events);
            }
            for (TextOutput text : TEXT_OUTPUTS) {
                if (publication.has(text.format())) {
                    out.stage(text.file(), text.renderer().apply(publication));
                }
            }
            if (publication.coverFile().isPresent()) {
                byte[] cover = publication.cover().orElseThrow().bytes();
                out.stage(publication.coverFile().get(), stream -> stream.write(cover));
            }
            if (wavWriting != null) {
                wavWriting.join();
            }
        }
        // The M4B is encoded from the episode's WAV, the feed measures it, and the page takes the
        // overview fed as it was written: each needs it complete.
        if (publication.has(Format.M4B)) {
            m4b.stage(publication, audio, out);
        }
        if (publication.has(Format.FEED)) {
            out.stage(EpisodeFiles.FEED, PodcastFeed.render(publication, FeedEnclosure.measure(publication, out)));
        }
        if (publication.has(Format.PAGE)) {
            out.stage(EpisodeFiles.PAGE, EpisodePage.render(publication, overview(audio, overview)));
        }
        out.stage(EpisodeFiles.REPORT, RenderReport.render(publication.info(), publication.timeline(),
                publication.sections(), publication.casting(), levels.orElse(null)));
    }

    /** The page's overview: made on the way as the episode's WAV was written, or else in a pass of its own. */
    private static LevelOverview overview(EpisodeAudio audio, LevelOverview.Builder fedOnTheWay)
            throws RecastException {
        try {
            if (fedOnTheWay.isComplete()) {
                return fedOnTheWay.build();
            }
            return LevelOverview.of(audio.episode(), audio.timeline().totalSamples(), EpisodePage.OVERVIEW_WIDTH);
        } catch (IOException e) {
            throw new RecastException(RecastException.Kind.FAILURE, null,
                    "could not measure the episode's levels: " + e.getMessage(), e);
        }
    }
}
