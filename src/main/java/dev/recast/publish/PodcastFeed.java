package dev.recast.publish;

import dev.recast.episode.ContentDigest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * {@code feed.xml}: an RSS 2.0 feed with the Apple Podcasts ({@code itunes:}) and Podcasting 2.0
 * ({@code podcast:}) namespaces, one channel with the episode as its one item, so a podcast app
 * can subscribe to the episode folder.
 *
 * <p>The item carries the audio as {@code <enclosure>} (URL, length in bytes, type), a guid
 * ({@link #guid}), {@code itunes:duration} as {@code HH:MM:SS} (rounded
 * half up), and links to chapters.json and the transcripts when those are written too. A
 * {@code pubDate} (RFC 822, midnight UTC) appears only when episode.json gives a date: a render's
 * own clock would make the file differ on every run. Links are relative to the feed, or absolute
 * under {@code --base-url}. The language is English, the only language the voices speak.
 */
public final class PodcastFeed {

    public static final String ITUNES_NAMESPACE = "http://www.itunes.com/dtds/podcast-1.0.dtd";
    public static final String PODCAST_NAMESPACE = "https://podcastindex.org/namespace/1.0";
    public static final String LANGUAGE = "en";
    public static final String CHAPTERS_TYPE = "application/json+chapters";

    private static final DateTimeFormatter RFC_822 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ENGLISH);

    private PodcastFeed() {
    }

    public static String render(Publication publication, Enclosure audio) {
        EpisodeInfo info = publication.info();
        String description = info.description() != null ? info.description() : info.title();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<rss version=\"2.0\" xmlns:itunes=\"").append(ITUNES_NAMESPACE)
                .append("\" xmlns:podcast=\"").append(PODCAST_NAMESPACE).append("\">\n");
        xml.append("  <channel>\n");
        element(xml, 4, "title", info.title());
        element(xml, 4, "link", Links.folder(publication));
        element(xml, 4, "description", description);
        element(xml, 4, "language", LANGUAGE);
        if (info.author() != null) {
            element(xml, 4, "itunes:author", info.author());
        }
        element(xml, 4, "itunes:explicit", "false");
        xml.append("    <item>\n");
        element(xml, 6, "title", info.title());
        element(xml, 6, "description", description);
        xml.append("      <enclosure url=\"").append(XmlText.escape(Links.to(publication, audio.path())))
                .append("\" length=\"").append(audio.bytes())
                .append("\" type=\"").append(XmlText.escape(audio.type())).append("\"/>\n");
        xml.append("      <guid isPermaLink=\"false\">").append(guid(info)).append("</guid>\n");
        if (info.date() != null) {
            element(xml, 6, "pubDate", RFC_822.format(LocalDate.parse(info.date()).atStartOfDay(ZoneOffset.UTC)));
        }
        element(xml, 6, "itunes:duration", duration(publication));
        if (publication.has(Format.CHAPTERS)) {
            link(xml, publication, "podcast:chapters", EpisodeFiles.CHAPTERS, CHAPTERS_TYPE, null);
        }
        if (publication.has(Format.CAPTIONS)) {
            link(xml, publication, "podcast:transcript", EpisodeFiles.CAPTIONS_VTT, "text/vtt", "captions");
            link(xml, publication, "podcast:transcript", EpisodeFiles.CAPTIONS_SRT, "application/x-subrip",
                    "captions");
            link(xml, publication, "podcast:transcript", EpisodeFiles.TRANSCRIPT, "application/json", null);
        }
        xml.append("    </item>\n");
        xml.append("  </channel>\n</rss>\n");
        return xml.toString();
    }

    /**
     * The item's guid: the SHA-256, in hex, of the episode's title, author and date, the fields
     * that say which episode it is. Podcast apps take a new guid for a new episode, and list it
     * again; so a re-render after a corrected sentence, new audio of the same episode, keeps it
     * ({@code isPermaLink="false"}).
     */
    static String guid(EpisodeInfo info) {
        return ContentDigest.of("recast episode", info.title(), Objects.toString(info.author(), ""),
                Objects.toString(info.date(), ""));
    }

    /** The episode's length as {@code HH:MM:SS}, from the millisecond {@link Seconds} gives. */
    static String duration(Publication publication) {
        BigDecimal seconds = Seconds.at(publication.timeline(), publication.timeline().totalSamples());
        long whole = seconds.setScale(0, RoundingMode.HALF_UP).longValueExact();
        return String.format(Locale.ROOT, "%02d:%02d:%02d", whole / 3600, whole / 60 % 60, whole % 60);
    }

    private static void element(StringBuilder xml, int indent, String name, String text) {
        xml.append(" ".repeat(indent)).append('<').append(name).append('>').append(XmlText.escape(text))
                .append("</").append(name).append(">\n");
    }

    private static void link(StringBuilder xml, Publication publication, String name, String file, String type,
            String rel) {
        xml.append("      <").append(name).append(" url=\"").append(XmlText.escape(Links.to(publication, file)))
                .append("\" type=\"").append(type).append('"');
        if (rel != null) {
            xml.append(" rel=\"").append(rel).append('"');
        }
        xml.append("/>\n");
    }
}
