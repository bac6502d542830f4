package dev.recast.publish;

import dev.recast.episode.ContentDigest;
import dev.recast.ingest.CoverArt;
import dev.recast.ingest.ShowInfo;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code feed.xml}: an RSS 2.0 feed with the Apple Podcasts ({@code itunes:}), Podcasting 2.0
 * ({@code podcast:}) and Atom namespaces, one channel for the show and one item per episode: the
 * episode folder's feed lists its episode, a show folder's every episode of the show.
 *
 * <p>The channel carries what Apple Podcasts requires (title, description, language,
 * {@code itunes:image} when there is a cover, {@code itunes:category}, {@code itunes:explicit}) and
 * what else the show gives (author, owner, copyright, web site, type); under {@code --base-url} also
 * {@code atom:link rel="self"} and {@code podcast:guid}, both of which name the feed's own URL.
 *
 * <p>Each item carries the audio as {@code <enclosure>} (URL, length in bytes, type), a guid
 * ({@link #guid}), {@code itunes:duration} as {@code HH:MM:SS} (rounded half up), links to
 * chapters.json and the transcripts when those are written too, and a {@code podcast:person} for
 * each speaker known by name. A {@code pubDate} (RFC 822, midnight UTC) appears only when
 * episode.json gives a date: a render's own clock would make the file differ on every run. Links
 * are relative to the feed, or absolute under {@code --base-url}, percent-encoded.
 */
public final class PodcastFeed {

    public static final String ITUNES_NAMESPACE = "http://www.itunes.com/dtds/podcast-1.0.dtd";
    public static final String PODCAST_NAMESPACE = "https://podcastindex.org/namespace/1.0";
    public static final String ATOM_NAMESPACE = "http://www.w3.org/2005/Atom";
    public static final String CHAPTERS_TYPE = "application/json+chapters";
    /** The namespace of {@code podcast:guid}'s UUIDv5, as the Podcasting 2.0 spec fixes it. */
    static final UUID GUID_NAMESPACE = UUID.fromString("ead4c236-bf58-58c6-a2c6-a6b28d128cb6");

    private static final DateTimeFormatter RFC_822 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ENGLISH);

    private PodcastFeed() {
    }

    /** The feed of one episode's folder. */
    public static String render(Publication publication, Enclosure audio) {
        return render(publication.show(), publication.cover(), publication.baseUrl(),
                List.of(FeedItem.of(publication, audio)));
    }

    /**
     * The feed of a show's {@code items}, in the order given.
     *
     * @param baseUrl where the feed's folder is served; empty for relative links
     */
    public static String render(ShowInfo show, Optional<CoverArt> cover, Optional<String> baseUrl,
            List<FeedItem> items) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<rss version=\"2.0\" xmlns:itunes=\"").append(ITUNES_NAMESPACE)
                .append("\" xmlns:podcast=\"").append(PODCAST_NAMESPACE)
                .append("\" xmlns:atom=\"").append(ATOM_NAMESPACE).append("\">\n");
        xml.append("  <channel>\n");
        String link = show.link().orElse(Links.folder(baseUrl));
        element(xml, 4, "title", show.title());
        element(xml, 4, "link", link);
        element(xml, 4, "description", show.description()
                .or(() -> items.size() == 1 ? Optional.ofNullable(items.get(0).info().description()) : Optional.empty())
                .orElse(show.title()));
        element(xml, 4, "language", show.language());
        show.copyright().ifPresent(copyright -> element(xml, 4, "copyright", copyright));
        if (baseUrl.isPresent()) {
            String self = Links.to(baseUrl, EpisodeFiles.FEED);
            xml.append("    <atom:link href=\"").append(XmlText.escape(self))
                    .append("\" rel=\"self\" type=\"application/rss+xml\"/>\n");
            element(xml, 4, "podcast:guid", feedGuid(self).toString());
        }
        show.author().ifPresent(author -> element(xml, 4, "itunes:author", author));
        show.owner().ifPresent(owner -> {
            xml.append("    <itunes:owner>\n");
            element(xml, 6, "itunes:name", owner.name());
            owner.email().ifPresent(email -> element(xml, 6, "itunes:email", email));
            xml.append("    </itunes:owner>\n");
        });
        cover.ifPresent(art -> {
            String url = Links.to(baseUrl, art.fileName());
            xml.append("    <itunes:image href=\"").append(XmlText.escape(url)).append("\"/>\n");
            xml.append("    <image>\n");
            element(xml, 6, "url", url);
            element(xml, 6, "title", show.title());
            element(xml, 6, "link", link);
            xml.append("    </image>\n");
        });
        for (ShowInfo.Category category : show.categories()) {
            xml.append("    <itunes:category text=\"").append(XmlText.escape(category.name())).append('"');
            if (category.subcategory().isPresent()) {
                xml.append(">\n      <itunes:category text=\"").append(XmlText.escape(category.subcategory().get()))
                        .append("\"/>\n    </itunes:category>\n");
            } else {
                xml.append("/>\n");
            }
        }
        element(xml, 4, "itunes:explicit", String.valueOf(show.explicit()));
        element(xml, 4, "itunes:type", show.type().id());
        for (FeedItem item : items) {
            item(xml, item, baseUrl);
        }
        xml.append("  </channel>\n</rss>\n");
        return xml.toString();
    }

    private static void item(StringBuilder xml, FeedItem item, Optional<String> baseUrl) {
        EpisodeInfo info = item.info();
        xml.append("    <item>\n");
        element(xml, 6, "title", info.title());
        element(xml, 6, "description", info.description() != null ? info.description() : info.title());
        xml.append("      <enclosure url=\"").append(XmlText.escape(Links.to(baseUrl, item.path(item.audio().path()))))
                .append("\" length=\"").append(item.audio().bytes())
                .append("\" type=\"").append(XmlText.escape(item.audio().type())).append("\"/>\n");
        xml.append("      <guid isPermaLink=\"false\">").append(guid(info)).append("</guid>\n");
        if (info.date() != null) {
            element(xml, 6, "pubDate", RFC_822.format(LocalDate.parse(info.date()).atStartOfDay(ZoneOffset.UTC)));
        }
        element(xml, 6, "itunes:duration", duration(item.seconds()));
        if (item.chapters()) {
            link(xml, baseUrl, item, "podcast:chapters", EpisodeFiles.CHAPTERS, CHAPTERS_TYPE, null);
        }
        if (item.captions()) {
            link(xml, baseUrl, item, "podcast:transcript", EpisodeFiles.CAPTIONS_VTT, "text/vtt", "captions");
            link(xml, baseUrl, item, "podcast:transcript", EpisodeFiles.CAPTIONS_SRT, "application/x-subrip",
                    "captions");
            link(xml, baseUrl, item, "podcast:transcript", EpisodeFiles.TRANSCRIPT, "application/json", null);
        }
        for (String person : item.persons()) {
            element(xml, 6, "podcast:person", person);
        }
        xml.append("    </item>\n");
    }

    /**
     * The item's guid: the SHA-256, in hex, of the episode's title, author and date, the fields
     * that say which episode it is. Podcast apps take a new guid for a new episode, and list it
     * again; so a re-render after a corrected sentence, new audio of the same episode, keeps it
     * ({@code isPermaLink="false"}), and the show's feed gives the episode the guid its own feed does.
     */
    static String guid(EpisodeInfo info) {
        return ContentDigest.of("recast episode", info.title(), Objects.toString(info.author(), ""),
                Objects.toString(info.date(), ""));
    }

    /**
     * {@code podcast:guid}: the UUIDv5 (RFC 4122, SHA-1) of the feed's URL without its scheme and
     * trailing slashes, in the namespace the Podcasting 2.0 spec gives, so every tool names the
     * feed alike.
     */
    static UUID feedGuid(String feedUrl) {
        String name = feedUrl.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "").replaceAll("/+$", "");
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
        sha1.update(ByteBuffer.allocate(16).putLong(GUID_NAMESPACE.getMostSignificantBits())
                .putLong(GUID_NAMESPACE.getLeastSignificantBits()).array());
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) (hash[6] & 0x0f | 0x50); // version 5
        hash[8] = (byte) (hash[8] & 0x3f | 0x80); // the RFC 4122 variant
        ByteBuffer bits = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bits.getLong(), bits.getLong());
    }

    /** A length as {@code HH:MM:SS}, from the millisecond {@link Seconds} gives. */
    static String duration(BigDecimal seconds) {
        long whole = seconds.setScale(0, RoundingMode.HALF_UP).longValueExact();
        return String.format(Locale.ROOT, "%02d:%02d:%02d", whole / 3600, whole / 60 % 60, whole % 60);
    }

    private static void element(StringBuilder xml, int indent, String name, String text) {
        xml.append(" ".repeat(indent)).append('<').append(name).append('>').append(XmlText.escape(text))
                .append("</").append(name).append(">\n");
    }

    private static void link(StringBuilder xml, Optional<String> baseUrl, FeedItem item, String name, String file,
            String type, String rel) {
        xml.append("      <").append(name).append(" url=\"").append(XmlText.escape(Links.to(baseUrl, item.path(file))))
                .append("\" type=\"").append(type).append('"');
        if (rel != null) {
            xml.append(" rel=\"").append(rel).append('"');
        }
        xml.append("/>\n");
    }
}
