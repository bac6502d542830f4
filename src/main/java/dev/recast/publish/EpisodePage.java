package dev.recast.publish;

import dev.recast.audio.LevelOverview;
import dev.recast.episode.Chapter;
import dev.recast.episode.Placed;
import dev.recast.episode.SectionSpan;
import dev.recast.episode.Timeline;
import dev.recast.ingest.ShowInfo;
import dev.recast.segment.Pause;
import dev.recast.segment.Role;
import dev.recast.segment.Utterance;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code index.html}: one self-contained page to listen to the episode and read along. It loads
 * nothing but the episode's audio file beside it (no scripts, styles or fonts from elsewhere), so
 * it works from {@code file://} as well as from any static server.
 *
 * <p>The page has the show's cover and descriptions, an audio player with skips, a speed and a
 * download link, a loudness overview drawn at render time as inline SVG with the chapters marked
 * on it, the chapter list as buttons, and the transcript with one element per utterance. Every
 * seekable element carries its time in {@code data-start} (seconds from {@link Seconds}, as in
 * every other output); the script highlights the utterance whose
 * {@code [start, next start)} holds the player's time. The timing lives in the markup rather
 * than in a fetched caption file because browsers refuse {@code fetch} on {@code file://}.
 */
public final class EpisodePage {

    /** The overview's drawing width in SVG units; one bucket of the overview per unit reads well. */
    public static final int OVERVIEW_WIDTH = 1000;
    private static final int OVERVIEW_HEIGHT = 100;
    private static final double OVERVIEW_HALF_SPAN = 48;

    private static final int SKIP_SECONDS = 15;
    /** The playback rates offered, as the select's values; 1 is chosen first. */
    private static final List<String> SPEEDS = List.of("0.75", "1", "1.25", "1.5", "1.75", "2");

    private EpisodePage() {
    }

    /**
     * @param overview the episode's levels, drawn scaled to its loudest peak
     */
    public static String render(Publication publication, LevelOverview overview) {
        Timeline timeline = publication.timeline();
        EpisodeInfo info = publication.info();
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(info.title())).append("</title>\n");
        if (info.description() != null) {
            html.append("<meta name=\"description\" content=\"").append(escape(info.description())).append("\">\n");
        }
        // An empty icon, so browsers do not ask the server for /favicon.ico and log a 404.
        html.append("<link rel=\"icon\" href=\"data:,\">\n<style>\n").append(PageAssets.STYLE)
                .append("</style>\n</head>\n");
        html.append("<body>\n");
        masthead(html, publication);
        player(html, publication, overview);
        html.append("<div class=\"columns\">\n");
        chapters(html, timeline);
        transcript(html, timeline);
        html.append("</div>\n<script>\n").append(PageAssets.SCRIPT).append("</script>\n</body>\n</html>\n");
        return html.toString();
    }

    /** The cover, the show's name when the episode is one of a show's, the titles and both descriptions. */
    private static void masthead(StringBuilder html, Publication publication) {
        EpisodeInfo info = publication.info();
        ShowInfo show = publication.show();
        html.append("<header class=\"masthead\">\n");
        publication.cover().ifPresent(cover -> html.append("<img class=\"cover\" src=\"")
                .append(escape(cover.fileName())).append("\" alt=\"Cover art of ").append(escape(show.title()))
                .append("\" width=\"").append(cover.width()).append("\" height=\"").append(cover.height())
                .append("\">\n"));
        html.append("<div class=\"about\">\n");
        if (!show.title().equals(info.title())) {
            html.append("<p class=\"show\">").append(escape(show.title())).append("</p>\n");
        }
        html.append("<h1>").append(escape(info.title())).append("</h1>\n");
        byline(html, info, publication.timeline());
        if (info.description() != null) {
            html.append("<p class=\"description\">").append(escape(info.description())).append("</p>\n");
        }
        show.description().ifPresent(about -> html.append("<p class=\"show-description\">")
                .append(escape(about)).append("</p>\n"));
        html.append("</div>\n</header>\n");
    }

    private static void byline(StringBuilder html, EpisodeInfo info, Timeline timeline) {
        html.append("<p class=\"byline\">");
        if (info.author() != null) {
            html.append(escape(info.author())).append(" · ");
        }
        if (info.date() != null) {
            html.append("<time datetime=\"").append(escape(info.date())).append("\">")
                    .append(escape(info.date())).append("</time> · ");
        }
        html.append(clock(Seconds.at(timeline, timeline.totalSamples()))).append("</p>\n");
    }

    private static void player(StringBuilder html, Publication publication, LevelOverview overview) {
        Timeline timeline = publication.timeline();
        BigDecimal duration = Seconds.at(timeline, timeline.totalSamples());
        html.append("<section class=\"player\" aria-label=\"Player\">\n");
        // The page plays what a browser streams: the MP3 when one is written, else the WAV.
        Optional<String> streamed = publication.streamedAudio();
        if (streamed.isPresent()) {
            String audio = streamed.get();
            html.append("<audio id=\"player\" controls preload=\"metadata\" aria-label=\"Episode audio\" src=\"")
                    .append(escape(audio)).append("\">Your browser cannot play audio here; <a href=\"")
                    .append(escape(audio)).append("\">download the episode</a>.</audio>\n");
            controls(html, audio);
        } else {
            html.append("<p>This render wrote no episode audio to play.</p>\n");
        }
        // The chapter list says all the overview says, so screen readers skip the drawing.
        html.append("<svg id=\"overview\" class=\"overview\" aria-hidden=\"true\" viewBox=\"0 0 ")
                .append(OVERVIEW_WIDTH).append(' ').append(OVERVIEW_HEIGHT)
                .append("\" preserveAspectRatio=\"none\" data-duration=\"").append(duration.toPlainString())
                .append("\">\n");
        double loudest = overview.loudestPeak();
        html.append("<path class=\"peak\" d=\"").append(envelope(overview, loudest, true)).append("\"/>\n");
        html.append("<path class=\"rms\" d=\"").append(envelope(overview, loudest, false)).append("\"/>\n");
        for (Chapter chapter : timeline.chapters()) {
            BigDecimal start = Seconds.at(timeline, chapter.startSample());
            String x = number(OVERVIEW_WIDTH * (double) chapter.startSample() / Math.max(1, timeline.totalSamples()));
            html.append("<g class=\"mark level-").append(chapter.level()).append("\" data-start=\"")
                    .append(start.toPlainString()).append("\"><title>").append(escape(chapter.title()))
                    .append(" (").append(clock(start)).append(")</title><line class=\"hit\" x1=\"").append(x)
                    .append("\" x2=\"").append(x).append("\" y1=\"0\" y2=\"").append(OVERVIEW_HEIGHT)
                    .append("\"/><line x1=\"").append(x).append("\" x2=\"").append(x).append("\" y1=\"0\" y2=\"")
                    .append(OVERVIEW_HEIGHT).append("\"/></g>\n");
        }
        html.append("<line id=\"playhead\" class=\"playhead\" x1=\"0\" x2=\"0\" y1=\"0\" y2=\"")
                .append(OVERVIEW_HEIGHT).append("\"/>\n</svg>\n</section>\n");
    }

    /**
     * Skips, the speed and the download, in a row under the player; a status line for what the
     * script reports (a copied link), read out by screen readers.
     */
    private static void controls(StringBuilder html, String audio) {
        html.append("<div class=\"controls\">\n")
                .append("<button type=\"button\" class=\"skip\" data-skip=\"-").append(SKIP_SECONDS)
                .append("\">Back ").append(SKIP_SECONDS).append(" s</button>\n")
                .append("<button type=\"button\" class=\"skip\" data-skip=\"").append(SKIP_SECONDS)
                .append("\">Ahead ").append(SKIP_SECONDS).append(" s</button>\n")
                .append("<label class=\"speed\">Speed<select id=\"speed\">");
        for (String speed : SPEEDS) {
            html.append("<option value=\"").append(speed).append('"').append(speed.equals("1") ? " selected" : "")
                    .append('>').append(speed).append("×</option>");
        }
        String extension = audio.substring(audio.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
        html.append("</select></label>\n<a class=\"download\" href=\"").append(escape(audio))
                .append("\" download>Download ").append(extension).append("</a>\n")
                .append("<span id=\"status\" class=\"status\" role=\"status\"></span>\n</div>\n");
    }

    /**
     * A closed outline of the levels, mirrored about the middle: along the top from left to
     * right, back along the bottom. The buckets span the width whatever their number.
     */
    private static String envelope(LevelOverview overview, double loudest, boolean peaks) {
        List<LevelOverview.Level> levels = overview.levels();
        int n = levels.size();
        double middle = OVERVIEW_HEIGHT / 2.0;
        double[] half = new double[n];
        for (int i = 0; i < n; i++) {
            double level = peaks ? levels.get(i).peak() : levels.get(i).rms();
            half[i] = loudest > 0 ? OVERVIEW_HALF_SPAN * level / loudest : 0;
        }
        StringBuilder d = new StringBuilder("M0 ").append(number(middle));
        for (int i = 0; i < n; i++) {
            d.append('L').append(number(OVERVIEW_WIDTH * (i + 0.5) / n)).append(' ')
                    .append(number(middle - half[i]));
        }
        d.append('L').append(OVERVIEW_WIDTH).append(' ').append(number(middle));
        for (int i = n - 1; i >= 0; i--) {
            d.append('L').append(number(OVERVIEW_WIDTH * (i + 0.5) / n)).append(' ')
                    .append(number(middle + half[i]));
        }
        return d.append('Z').toString();
    }

    private static void chapters(StringBuilder html, Timeline timeline) {
        html.append("<nav class=\"chapters\" aria-labelledby=\"chapters-heading\">\n")
                .append("<h2 id=\"chapters-heading\">Chapters</h2>\n<ol>\n");
        for (Chapter chapter : timeline.chapters()) {
            BigDecimal start = Seconds.at(timeline, chapter.startSample());
            html.append("<li class=\"level-").append(chapter.level()).append("\"><button type=\"button\" ")
                    .append("class=\"chapter\" data-start=\"").append(start.toPlainString())
                    .append("\"><span class=\"time\">").append(clock(start)).append("</span> <span class=\"title\">")
                    .append(escape(chapter.title())).append("</span></button></li>\n");
        }
        html.append("</ol>\n</nav>\n");
    }

    private static void transcript(StringBuilder html, Timeline timeline) {
        html.append("<main class=\"transcript\" aria-labelledby=\"transcript-heading\">\n")
                .append("<h2 id=\"transcript-heading\">Transcript</h2>\n")
                // Shown by the script, which is what makes the sentences keyboard-playable.
                .append("<p class=\"hint\" id=\"transcript-hint\" hidden>Click a sentence to go there. ")
                .append("Tab to the transcript, move with the arrow keys, and press Enter to play from a ")
                .append("sentence.</p>\n");
        List<Placed> placed = timeline.utterances();
        int next = 0;
        for (SectionSpan span : timeline.sections()) {
            html.append("<section class=\"part\">\n");
            // A section that opens with its own title has that heading as its first utterance.
            boolean titled = next < placed.size() && placed.get(next).startSample() < span.endSample()
                    && placed.get(next).utterance().role() == Role.HEADING
                    && placed.get(next).utterance().sourceText().equals(span.title());
            if (!titled) {
                html.append("<h3>").append(escape(span.title())).append("</h3>\n");
            }
            String paragraphSpeaker = null;
            boolean inParagraph = false;
            for (; next < placed.size() && placed.get(next).startSample() < span.endSample(); next++) {
                Placed p = placed.get(next);
                Utterance u = p.utterance();
                if (u.role().isHeading()) {
                    if (inParagraph) {
                        html.append("</p>\n");
                        inParagraph = false;
                    }
                    String tag = u.role() == Role.HEADING ? "h3" : "h4";
                    html.append('<').append(tag).append(' ');
                    utteranceAttributes(html, timeline, p, "u");
                    html.append('>').append(escape(u.sourceText())).append("</").append(tag).append(">\n");
                    continue;
                }
                if (inParagraph && !same(paragraphSpeaker, u.speaker())) {
                    html.append("</p>\n");
                    inParagraph = false;
                }
                if (!inParagraph) {
                    html.append("<p>");
                    if (u.speaker() != null) {
                        html.append("<b class=\"speaker\">").append(escape(u.speaker())).append(":</b> ");
                    }
                    inParagraph = true;
                    paragraphSpeaker = u.speaker();
                } else {
                    html.append(' ');
                }
                html.append("<span ");
                utteranceAttributes(html, timeline, p, u.role() == Role.QUOTE ? "u quote" : "u");
                html.append('>').append(escape(u.sourceText())).append("</span>");
                if (u.after() != Pause.CLAUSE && u.after() != Pause.SENTENCE) {
                    html.append("</p>\n");
                    inParagraph = false;
                }
            }
            if (inParagraph) {
                html.append("</p>\n");
            }
            html.append("</section>\n");
        }
        html.append("</main>\n");
    }

    private static void utteranceAttributes(StringBuilder html, Timeline timeline, Placed p, String classes) {
        html.append("class=\"").append(classes).append("\" id=\"").append(escape(p.utterance().id()))
                .append("\" data-start=\"").append(Seconds.at(timeline, p.startSample()).toPlainString())
                .append("\" data-end=\"").append(Seconds.at(timeline, p.speechEndSample()).toPlainString())
                .append('"');
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    /** {@code 1:05} or {@code 1:02:05}: whole seconds, as players show them. */
    static String clock(BigDecimal seconds) {
        long whole = seconds.longValue();
        long hours = whole / 3600;
        long minutes = whole / 60 % 60;
        long secs = whole % 60;
        return hours > 0
                ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, secs)
                : String.format(Locale.ROOT, "%d:%02d", minutes, secs);
    }

    /** One decimal, no trailing {@code .0}: short path data, the same on every machine. */
    private static String number(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    /** Text safe in element content and in double- or single-quoted attributes. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
