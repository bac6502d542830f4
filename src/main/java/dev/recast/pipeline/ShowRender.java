package dev.recast.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recast.InputFolder;
import dev.recast.RecastException;
import dev.recast.concurrent.Shutdown;
import dev.recast.episode.ContentDigest;
import dev.recast.export.Publisher;
import dev.recast.ingest.CoverArt;
import dev.recast.ingest.EpisodeSource;
import dev.recast.ingest.NaturalOrder;
import dev.recast.ingest.ShowInfo;
import dev.recast.ingest.ShowReader;
import dev.recast.publish.Enclosure;
import dev.recast.publish.EpisodeFiles;
import dev.recast.publish.EpisodeInfo;
import dev.recast.publish.FeedItem;
import dev.recast.publish.Format;
import dev.recast.publish.PodcastFeed;
import dev.recast.publish.Publication;
import dev.recast.publish.ShowEpisode;
import dev.recast.publish.ShowPage;
import dev.recast.publish.ShowPlaylist;
import dev.recast.publish.Slug;
import dev.recast.storage.OutputDirectory;
import dev.recast.synth.Engines;
import dev.recast.synth.UtteranceCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Renders a show: a folder holding {@code show.json} and one folder per episode. Each episode is
 * rendered as {@link Render} renders one, into a folder of its own under the show's output folder
 * (skipped when up to date); then the show's own files are written beside them: the feed of every
 * episode, the show page, the show's playlist and the cover.
 *
 * <pre>
 * SHOW/show.json, SHOW/ep1/, SHOW/ep2/  →  OUT/ep1/, OUT/ep2/, OUT/feed.xml, OUT/index.html, OUT/show.m3u8
 * </pre>
 *
 * <p>The show folder is claimed for the whole render, so no second render works in it meanwhile;
 * each episode folder is claimed by its own render. The show's files are staged and committed at
 * once like an episode's, and a file whose bytes did not change keeps its modification time. An
 * episode that fails is reported and left out; the others and the show's files are still written.
 */
public final class ShowRender {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Render render;
    private final RenderProgress events;

    /** @param engines the engines the voice profiles may name ({@link Engines#standard()}; tests pass fakes) */
    public ShowRender(Engines engines, RenderProgress events) {
        this.render = new Render(engines, events);
        this.events = events;
    }

    /** An episode that could not be rendered, and why. */
    public record Failure(Path episode, RecastException error) {
    }

    /**
     * What a show render did.
     *
     * @param rendered the episodes rendered or found up to date, in folder order
     * @param failed the episodes that could not be rendered, in folder order
     */
    public record ShowResult(Path directory, String title, List<RenderResult> rendered, List<Failure> failed) {
        public ShowResult {
            rendered = List.copyOf(rendered);
            failed = List.copyOf(failed);
        }
    }

    /** One episode folder of the show and the folder it is rendered into. */
    private record Episode(Path input, String slug) {
    }

    /**
     * Renders the show {@code options.input()} into {@code options.output()}, by default
     * {@code output/<show-slug>}.
     *
     * @throws RecastException when the show itself cannot be read or written; an episode's failure is
     *     in the result instead
     */
    public ShowResult run(RenderOptions options, Shutdown shutdown) throws RecastException {
        Path folder = options.input().orElseThrow(() -> new IllegalArgumentException("a show has an input folder"));
        Publisher.requireAudioFor(options.formats());
        if (options.formats().contains(Format.PAGE) && !Publication.writesLinkableAudio(options.formats())) {
            throw RecastException.input(null, "--format page of a show lists its episodes by their audio: add wav or"
                    + " mp3 to --format");
        }
        ShowInfo show = ShowReader.read(folder);
        List<Episode> episodes = episodes(folder);
        Path outputDir = options.output().orElseGet(() -> Path.of("output", Slug.of(show.title())));
        if (InputFolder.of(folder).holds(outputDir)) {
            throw RecastException.input(outputDir.toString(), "output directory is inside the input directory");
        }
        // Drawn into the cache the episodes' renders then take it from: one drawing a show.
        Optional<CoverArt> cover = Publication.showsCover(options.formats())
                ? Optional.of(Covers.forShow(show, options.cache().map(UtteranceCache::new))) : Optional.empty();
        try (OutputDirectory out = OutputDirectory.claim(outputDir, options.force(), events::note, shutdown)) {
            out.refuseLinks();
            List<RenderResult> rendered = new ArrayList<>();
            List<ShowEpisode> listed = new ArrayList<>();
            List<Failure> failed = new ArrayList<>();
            for (int i = 0; i < episodes.size(); i++) {
                Episode episode = episodes.get(i);
                events.note("episode " + (i + 1) + " of " + episodes.size() + ": " + episode.input());
                RenderOptions own = options.withInput(episode.input()).withOutput(out.root().resolve(episode.slug()))
                        .withShow(show);
                if (options.baseUrl().isPresent()) {
                    String base = options.baseUrl().get();
                    own = own.withBaseUrl((base.endsWith("/") ? base : base + "/") + episode.slug() + "/");
                }
                try {
                    RenderResult result = render.run(own, shutdown);
                    rendered.add(result);
                    listed(episode, result.directory(), options.formats()).ifPresent(listed::add);
                } catch (RecastException e) {
                    if (shutdown.isStopping()) {
                        throw e;
                    }
                    failed.add(new Failure(episode.input(), e));
                }
            }
            List<ShowEpisode> newestFirst = newestFirst(listed);
            String digest = stage(out, show, cover, newestFirst, options);
            out.commit(digest, show.title());
            return new ShowResult(out.root(), show.title(), rendered, failed);
        }
    }

    /** The show's sub-folders, in natural order, each an episode; hidden ones are not. */
    private static List<Episode> episodes(Path folder) throws RecastException {
        InputFolder input = InputFolder.of(folder);
        List<Path> found;
        try (Stream<Path> entries = Files.list(folder)) {
            found = entries.filter(entry -> Files.isDirectory(entry) && !entry.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(entry -> entry.getFileName().toString(), NaturalOrder.INSTANCE))
                    .toList();
        } catch (IOException e) {
            throw new RecastException(RecastException.Kind.INPUT, folder.toString(), "cannot read the show folder", e);
        }
        if (found.isEmpty()) {
            throw RecastException.input(folder.toString(), "the show holds no episode: give each episode a folder of"
                    + " its own beside " + ShowReader.FILE);
        }
        List<Episode> episodes = new ArrayList<>();
        Map<String, Path> bySlug = new HashMap<>();
        for (Path entry : found) {
            input.confine(entry, entry.toString(), "the episode folder");
            String slug = Slug.of(entry.getFileName().toString());
            Path other = bySlug.putIfAbsent(slug, entry);
            if (other != null) {
                throw RecastException.input(entry.toString(), "would be rendered into the same folder \"" + slug
                        + "\" as " + other + ": rename one of them");
            }
            episodes.add(new Episode(entry, slug));
        }
        return episodes;
    }

    /**
     * The rendered episode as the show lists it, from its input (date, description) and what its
     * render left (render.json's title, author, length and speakers; the audio's size); empty
     * when the render wrote no audio, and no show file is written.
     */
    private static Optional<ShowEpisode> listed(Episode episode, Path rendered, Set<Format> formats)
            throws RecastException {
        Optional<String> audio = Publication.streamedAudio(formats);
        if (audio.isEmpty()) {
            return Optional.empty();
        }
        EpisodeSource source = Cleaned.source(Optional.of(episode.input()));
        Path report = rendered.resolve(EpisodeFiles.REPORT);
        try {
            JsonNode json = JSON.readTree(report.toFile());
            String author = json.path("author").isTextual() ? json.get("author").asText() : null;
            EpisodeInfo info = new EpisodeInfo(json.get("title").asText(), author, source.date(), source.description());
            List<String> speakers = new ArrayList<>();
            json.path("voices").path("speakers").fieldNames().forEachRemaining(speakers::add);
            Enclosure enclosure = new Enclosure(audio.get(), Enclosure.typeOf(audio.get()),
                    Files.size(rendered.resolve(audio.get())));
            FeedItem item = new FeedItem(info, episode.slug() + "/", enclosure, json.get("durationSeconds").decimalValue(),
                    formats.contains(Format.CHAPTERS), formats.contains(Format.CAPTIONS), FeedItem.persons(speakers));
            return Optional.of(new ShowEpisode(item, Publication.localAudio(formats), formats.contains(Format.PAGE)));
        } catch (IOException | RuntimeException e) {
            throw new RecastException(RecastException.Kind.FAILURE, report.toString(),
                    "cannot read the episode's render: " + e.getMessage(), e);
        }
    }

    /** Newest first by date; the undated after them, in folder order. */
    private static List<ShowEpisode> newestFirst(List<ShowEpisode> episodes) {
        Comparator<ShowEpisode> byDate = Comparator.comparing(
                episode -> Optional.ofNullable(episode.item().info().date()),
                (a, b) -> a.isPresent() && b.isPresent() ? b.get().compareTo(a.get())
                        : Boolean.compare(b.isPresent(), a.isPresent()));
        return episodes.stream().sorted(byDate).toList();
    }

    /** Stages the show's own files; returns a digest of them all, for the folder's marker. */
    private static String stage(OutputDirectory out, ShowInfo show, Optional<CoverArt> cover,
            List<ShowEpisode> episodes, RenderOptions options) throws RecastException {
        ContentDigest digest = new ContentDigest();
        digest.add("recast show");
        Map<String, String> texts = new LinkedHashMap<>();
        if (options.formats().contains(Format.FEED)) {
            texts.put(EpisodeFiles.FEED, PodcastFeed.render(show, cover, options.baseUrl(),
                    episodes.stream().map(ShowEpisode::item).toList()));
        }
        if (options.formats().contains(Format.PAGE)) {
            texts.put(EpisodeFiles.PAGE, ShowPage.render(show, cover, episodes, options.formats().contains(Format.FEED)));
        }
        if (options.formats().contains(Format.PLAYLISTS)) {
            texts.put(ShowPlaylist.FILE, ShowPlaylist.render(show, episodes));
        }
        for (Map.Entry<String, String> text : texts.entrySet()) {
            out.stage(text.getKey(), text.getValue());
            digest.add(text.getKey());
            digest.add(text.getValue());
        }
        if (cover.isPresent() && !texts.isEmpty()) {
            byte[] bytes = cover.get().bytes();
            out.stage(cover.get().fileName(), stream -> stream.write(bytes));
            digest.add(cover.get().fileName());
            digest.add(bytes);
        }
        return digest.hex();
    }
}
