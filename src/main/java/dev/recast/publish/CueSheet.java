package dev.recast.publish;

import dev.recast.episode.Chapter;
import dev.recast.episode.Timeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code episode.cue}: a CUE sheet over the whole-episode audio with one track per chapter (both
 * levels), UTF-8 without a byte-order mark.
 *
 * <pre>
 * TITLE "Episode title"
 * PERFORMER "Author"
 * FILE "episode.wav" WAVE
 *   TRACK 01 AUDIO
 *     TITLE "Intro"
 *     PERFORMER "Author"
 *     INDEX 01 00:00:00
 * </pre>
 *
 * <p>Index times are {@code mm:ss:ff} at 75 frames a second, the frame <em>floored</em> from the
 * chapter's sample offset, so a track never starts after its chapter's first word. Two chapters
 * that fall on the same frame would make an empty track, so only the first of them is listed;
 * a CUE sheet holds at most {@value #MAX_TRACKS} tracks, so level-2 chapters are left out when
 * there are more, and after that the tracks stop at the 99th. The first track is always at
 * {@code 00:00:00}: if the first chapter starts later, a track titled like the episode covers the
 * lead-in. The format has no escape for {@code "}, so a double quote in a title becomes {@code '}.
 * The file is {@link Publication#localAudio}: the WAV when it is written, else the MP3.
 */
public final class CueSheet {

    public static final int FRAMES_PER_SECOND = 75;
    public static final int MAX_TRACKS = 99;

    private CueSheet() {
    }

    public static String render(Publication publication) {
        String audio = publication.localAudio()
                .orElseThrow(() -> new IllegalArgumentException("a CUE sheet needs the episode's WAV or MP3"));
        EpisodeInfo info = publication.info();
        Timeline timeline = publication.timeline();
        StringBuilder cue = new StringBuilder();
        String performer = quoted(performer(publication));
        cue.append("TITLE ").append(quoted(info.title())).append('\n');
        cue.append("PERFORMER ").append(performer).append('\n');
        cue.append("FILE ").append(quoted(audio)).append(audio.equals(EpisodeFiles.EPISODE_WAV) ? " WAVE" : " MP3")
                .append('\n');
        List<Track> tracks = tracks(info, timeline);
        for (int i = 0; i < tracks.size(); i++) {
            Track track = tracks.get(i);
            long frame = track.frame();
            cue.append(String.format(Locale.ROOT, "  TRACK %02d AUDIO\n", i + 1))
                    .append("    TITLE ").append(quoted(track.title())).append('\n')
                    .append("    PERFORMER ").append(performer).append('\n')
                    .append(String.format(Locale.ROOT, "    INDEX 01 %02d:%02d:%02d", frame / FRAMES_PER_SECOND / 60,
                            frame / FRAMES_PER_SECOND % 60, frame % FRAMES_PER_SECOND))
                    .append('\n');
        }
        return cue.toString();
    }

    /**
     * Who the sheet and each track are by: the episode's author, else the show's, else the show
     * itself, as radio programmes are credited. Never left out, so a player lists each track as
     * title and artist (VLC's reader takes a track's artist from its {@code PERFORMER}, else the
     * sheet's); repeated on each track for readers that look at the track's alone.
     */
    static String performer(Publication publication) {
        return Optional.ofNullable(publication.info().author()).filter(a -> !a.isBlank())
                .or(() -> publication.show().author().filter(a -> !a.isBlank()))
                .orElse(publication.show().title());
    }

    private record Track(String title, long frame) {
    }

    private static List<Track> tracks(EpisodeInfo info, Timeline timeline) {
        List<Chapter> chapters = timeline.chapters();
        if (distinctFrames(timeline, chapters) > MAX_TRACKS) {
            chapters = chapters.stream().filter(c -> c.level() == 1).toList();
        }
        List<Track> tracks = new ArrayList<>();
        if (chapters.isEmpty() || frame(timeline, chapters.get(0).startSample()) > 0) {
            tracks.add(new Track(info.title(), 0));
        }
        for (Chapter chapter : chapters) {
            long frame = frame(timeline, chapter.startSample());
            boolean sameFrame = !tracks.isEmpty() && tracks.get(tracks.size() - 1).frame() == frame;
            if (!sameFrame && tracks.size() < MAX_TRACKS) {
                tracks.add(new Track(chapter.title(), frame));
            }
        }
        return tracks;
    }

    private static long distinctFrames(Timeline timeline, List<Chapter> chapters) {
        return chapters.stream().mapToLong(c -> frame(timeline, c.startSample())).distinct().count();
    }

    /** Floored: integer arithmetic, exact for any sample rate. */
    static long frame(Timeline timeline, long sample) {
        return sample * FRAMES_PER_SECOND / timeline.format().sampleRate();
    }

    private static String quoted(String text) {
        return "\"" + PlaylistEntry.oneLine(text).replace('"', '\'') + "\"";
    }
}
