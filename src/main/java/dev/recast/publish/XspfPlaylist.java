package dev.recast.publish;

import java.util.List;

/**
 * {@code episode.xspf}: the same entries as the M3U8 as an XSPF version 1 playlist
 * (xspf.org/spec), UTF-8 without a byte-order mark. Each {@code <location>} is a URI reference
 * relative to the playlist, percent-encoded; like the other playlists it stays relative under
 * {@code --base-url}, so the folder plays wherever it is copied. {@code <duration>} is whole
 * milliseconds from {@link Seconds}.
 */
public final class XspfPlaylist {

    public static final String NAMESPACE = "http://xspf.org/ns/0/";

    private XspfPlaylist() {
    }

    public static String render(Publication publication) {
        List<PlaylistEntry> entries = PlaylistEntry.of(publication);
        EpisodeInfo info = publication.info();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<playlist version=\"1\" xmlns=\"").append(NAMESPACE).append("\">\n");
        xml.append("  <title>").append(XmlText.escape(info.title())).append("</title>\n");
        if (info.author() != null) {
            xml.append("  <creator>").append(XmlText.escape(info.author())).append("</creator>\n");
        }
        xml.append("  <trackList>\n");
        for (PlaylistEntry entry : entries) {
            xml.append("    <track>\n")
                    .append("      <location>").append(XmlText.escape(Links.encodePath(entry.path())))
                    .append("</location>\n")
                    .append("      <title>").append(XmlText.escape(entry.title())).append("</title>\n")
                    .append("      <duration>").append(entry.seconds().movePointRight(3).toBigIntegerExact())
                    .append("</duration>\n")
                    .append("    </track>\n");
        }
        xml.append("  </trackList>\n</playlist>\n");
        return xml.toString();
    }
}
