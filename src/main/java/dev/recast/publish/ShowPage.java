package dev.recast.publish;

import dev.recast.ingest.CoverArt;
import dev.recast.ingest.ShowInfo;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The show folder's {@code index.html}: the cover, the show's name, author and description, a link
 * to its feed, and the episodes as the feed lists them, each linking to its page with its date and
 * length. One self-contained file in the episode pages' style, for {@code file://} as for a server.
 */
public final class ShowPage {

    /** What the show page adds to the episode pages' style: the cover beside the title, the list. */
    static final String STYLE = """
            .show-head { display: flex; gap: 1.5rem; align-items: flex-start; flex-wrap: wrap; margin-top: 1.5rem; }
            .show-head img { width: 12rem; height: auto; border-radius: 0.5rem; }
            .show-head h1 { margin-top: 0; }
            .episodes { list-style: none; padding: 0; }
            .episodes li { padding: 0.75rem 0; border-bottom: 1px solid var(--panel); }
            .episodes a { color: var(--accent); font-weight: 600; }
            .episodes .meta { color: var(--muted); font-size: 0.9rem; margin: 0.15rem 0; }
            .episodes p { margin: 0.15rem 0; }
            """;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private ShowPage() {
    }

    /**
     * @param episodes in the order the feed lists them
     * @param feed whether the show folder holds its feed, to link
     */
    public static String render(ShowInfo show, Optional<CoverArt> cover, List<ShowEpisode> episodes, boolean feed) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"").append(escape(show.language())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(show.title())).append("</title>\n");
        show.description().ifPresent(description ->
                html.append("<meta name=\"description\" content=\"").append(escape(description)).append("\">\n"));
        if (feed) {
            html.append("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"").append(escape(show.title()))
                    .append("\" href=\"").append(EpisodeFiles.FEED).append("\">\n");
        }
        html.append("<link rel=\"icon\" href=\"data:,\">\n<style>\n").append(PageAssets.STYLE).append(STYLE)
                .append("</style>\n</head>\n<body>\n<header class=\"show-head\">\n");
        cover.ifPresent(art -> html.append("<img src=\"").append(escape(Links.encodePath(art.fileName())))
                .append("\" alt=\"Cover art of ").append(escape(show.title())).append("\" width=\"")
                .append(art.width()).append("\" height=\"").append(art.height()).append("\">\n"));
        html.append("<div>\n<h1>").append(escape(show.title())).append("</h1>\n");
        show.author().ifPresent(author ->
                html.append("<p class=\"byline\">by ").append(escape(author)).append("</p>\n"));
        show.description().ifPresent(description ->
                html.append("<p class=\"description\">").append(escape(description)).append("</p>\n"));
        if (feed) {
            html.append("<p><a href=\"").append(EpisodeFiles.FEED).append("\">Subscribe: the podcast feed</a></p>\n");
        }
        html.append("</div>\n</header>\n<main>\n<h2>Episodes</h2>\n<ol class=\"episodes\">\n");
        for (ShowEpisode episode : episodes) {
            episode(html, episode);
        }
        html.append("</ol>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void episode(StringBuilder html, ShowEpisode episode) {
        FeedItem item = episode.item();
        EpisodeInfo info = item.info();
        String target = episode.page() ? item.path(EpisodeFiles.PAGE) : item.path(item.audio().path());
        html.append("<li>\n<a href=\"").append(escape(Links.encodePath(target))).append("\">")
                .append(escape(info.title())).append("</a>\n<p class=\"meta\">");
        if (info.date() != null) {
            html.append("<time datetime=\"").append(info.date()).append("\">")
                    .append(DATE.format(LocalDate.parse(info.date()))).append("</time> · ");
        }
        html.append(length(item)).append("</p>\n");
        if (info.description() != null) {
            html.append("<p>").append(escape(info.description())).append("</p>\n");
        }
        html.append("</li>\n");
    }

    /** {@code 1:02:03} or {@code 12:34}, rounded half up to the second as the feed's duration is. */
    private static String length(FeedItem item) {
        long whole = item.seconds().setScale(0, RoundingMode.HALF_UP).longValueExact();
        return whole >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", whole / 3600, whole / 60 % 60, whole % 60)
                : String.format(Locale.ROOT, "%d:%02d", whole / 60, whole % 60);
    }

    private static String escape(String text) {
        return EpisodePage.escape(text);
    }
}
