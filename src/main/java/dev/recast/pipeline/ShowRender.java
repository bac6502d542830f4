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
import java.nio.charset.StandardCharsets;
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
        requireFormats(options.formats());
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
                RenderOptions own = episodeOptions(options, show, episode.input(), out.root().resolve(episode.slug()),
                        episode.slug());
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

    /** Refuses, before any work, formats a show cannot be rendered in. */
    public static void requireFormats(Set<Format> formats) throws RecastException {
        Publisher.requireAudioFor(formats);
        if (formats.contains(Format.PAGE) && !Publication.writesLinkableAudio(formats)) {
            throw RecastException.input(null, "--format page of a show lists its episodes by their audio: add wav or"
                    + " mp3 to --format");
        }
    }

    /** The show's sub-folders, in natural order, each an episode; hidden ones are not. */
    private static List<Episode> episodes(Path folder) throws RecastException {
        InputFolder input = InputFolder.of(folder);
        List<String> names;
        try (Stream<Path> entries = Files.list(folder)) {
            names = entries.filter(Files::isDirectory).map(entry -> entry.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new RecastException(RecastException.Kind.INPUT, folder.toString(), "cannot read the show folder", e);
        }
        List<Episode> episodes = new ArrayList<>();
        for (EpisodeFolder named : episodeFolders(folder.toString(), names)) {
            Path entry = folder.resolve(named.name());
            input.confine(entry, entry.toString(), "the episode folder");
            episodes.add(new Episode(entry, named.slug()));
        }
        return episodes;
    }

    /** An episode's folder in the show, by name, and the name of the folder it is rendered into. */
    public record EpisodeFolder(String name, String slug) {
    }

    /**
     * The episodes among a show's sub-folders {@code names}, in natural order; hidden folders are
     * not episodes.
     *
     * @param show the show folder, for messages
     * @throws RecastException when there is none, or two would be rendered into one folder
     */
    public static List<EpisodeFolder> episodeFolders(String show, List<String> names) throws RecastException {
        List<String> sorted = names.stream().filter(name -> !name.startsWith("."))
                .sorted(NaturalOrder.INSTANCE).toList();
        if (sorted.isEmpty()) {
            throw RecastException.input(show, "the show holds no episode: give each episode a folder of"
                    + " its own beside " + ShowReader.FILE);
        }
        List<EpisodeFolder> episodes = new ArrayList<>();
        Map<String, String> bySlug = new HashMap<>();
        for (String name : sorted) {
            String slug = Slug.of(name);
            String other = bySlug.putIfAbsent(slug, name);
            if (other != null) {
                String separator = show.endsWith("/") ? "" : "/";
                throw RecastException.input(show + separator + name, "would be rendered into the same folder \""
                        + slug + "\" as " + show + separator + other + ": rename one of them");
            }
            episodes.add(new EpisodeFolder(name, slug));
        }
        return episodes;
    }

    /**
     * The options one episode of a show is rendered with: the show's, reading {@code input},
     * writing {@code output}, with the show's fields, and links under the show's base URL.
     */
    public static RenderOptions episodeOptions(RenderOptions showOptions, ShowInfo show, Path input, Path output,
            String slug) {
        RenderOptions own = showOptions.withInput(input).withOutput(output).withShow(show);
        if (showOptions.baseUrl().isPresent()) {
            String base = showOptions.baseUrl().get();
            own = own.withBaseUrl((base.endsWith("/") ? base : base + "/") + slug + "/");
        }
        return own;
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
            return Optional.of(listing(episode.slug(), source.date(), source.description(), Files.readString(report),
                    Files.size(rendered.resolve(audio.get())), formats));
        } catch (IOException | RuntimeException e) {
            throw new RecastException(RecastException.Kind.FAILURE, report.toString(),
                    "cannot read the episode's render: " + e.getMessage(), e);
        }
    }

    /**
     * An episode as the show lists it, rendered into the show's folder {@code slug} with
     * {@code formats}, which include a streamed audio file of {@code audioBytes}.
     *
     * @param date the episode's date as its input gives it, or null
     * @param description the episode's description as its input gives it, or null
     * @param report the episode's render.json
     * @throws IOException when the report is not the JSON a render writes
     */
    public static ShowEpisode listing(String slug, String date, String description, String report, long audioBytes,
            Set<Format> formats) throws IOException {
        String audio = Publication.streamedAudio(formats)
                .orElseThrow(() -> new IllegalArgumentException("a show lists its episodes by their audio"));
        JsonNode json = JSON.readTree(report);
        String author = json.path("author").isTextual() ? json.get("author").asText() : null;
        EpisodeInfo info = new EpisodeInfo(json.get("title").asText(), author, date, description);
        List<String> speakers = new ArrayList<>();
        json.path("voices").path("speakers").fieldNames().forEachRemaining(speakers::add);
        Enclosure enclosure = new Enclosure(audio, Enclosure.typeOf(audio), audioBytes);
        FeedItem item = new FeedItem(info, slug + "/", enclosure, json.get("durationSeconds").decimalValue(),
                formats.contains(Format.CHAPTERS), formats.contains(Format.CAPTIONS), FeedItem.persons(speakers));
        return new ShowEpisode(item, Publication.localAudio(formats), formats.contains(Format.PAGE));
    }

    /** Newest first by date; the undated after them, in folder order. */
    public static List<ShowEpisode> newestFirst(List<ShowEpisode> episodes) {
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
        for (Map.Entry<String, byte[]> file : showFiles(show, cover, episodes, options).entrySet()) {
            byte[] bytes = file.getValue();
            out.stage(file.getKey(), stream -> stream.write(bytes));
            digest.add(file.getKey());
            digest.add(bytes);
        }
        return digest.hex();
    }

    /**
     * The show's own files, by name, as {@code options.formats()} asks for them: the feed, the
     * page, the playlist, and the cover they show.
     *
     * @param episodes the episodes listed, {@link #newestFirst}
     */
    public static Map<String, byte[]> showFiles(ShowInfo show, Optional<CoverArt> cover, List<ShowEpisode> episodes,
            RenderOptions options) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (options.formats().contains(Format.FEED)) {
            files.put(EpisodeFiles.FEED, utf8(PodcastFeed.render(show, cover, options.baseUrl(),
                    episodes.stream().map(ShowEpisode::item).toList())));
        }
        if (options.formats().contains(Format.PAGE)) {
            files.put(EpisodeFiles.PAGE, utf8(ShowPage.render(show, cover, episodes,
                    options.formats().contains(Format.FEED))));
        }
        if (options.formats().contains(Format.PLAYLISTS)) {
            files.put(ShowPlaylist.FILE, utf8(ShowPlaylist.render(show, episodes)));
        }
        if (cover.isPresent() && !files.isEmpty()) {
            files.put(cover.get().fileName(), cover.get().bytes());
        }
        return files;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
