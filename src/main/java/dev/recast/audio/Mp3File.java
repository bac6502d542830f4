package dev.recast.audio;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an MP3 file declares: its stream format, its length, and its ID3v2 tag.
 *
 * @param sampleRate samples per second of the first frame
 * @param channels 1 or 2
 * @param samples the decoded length per channel; encoder delay and padding already taken off
 *     when a Xing/LAME header states them
 * @param gapless whether a LAME header gave the delay and padding, so {@code samples} is exact
 * @param tags text frames by frame id ({@code TIT2}, {@code TPE1}...) in tag order; 2.3's
 *     {@code TYER}/{@code TDAT} are given as one ISO {@code TDRC}; {@code COMM} is the comment text
 * @param chapters the {@code CHAP} frames, with their {@code TIT2} titles ({@code ""} when none)
 */
public record Mp3File(int sampleRate, int channels, long samples, boolean gapless, Map<String, String> tags,
        List<ChapterMark> chapters) {

    public Mp3File {
        if (sampleRate <= 0 || channels < 1 || channels > 2 || samples < 0) {
            throw new IllegalArgumentException(
                    "an MP3 stream of " + samples + " samples at " + sampleRate + " Hz, " + channels + " channels");
        }
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
        chapters = List.copyOf(chapters);
    }
}
