package dev.recast.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What a file's name says about what it holds, for titles and folder names. */
public final class FileNames {

    // File and folder names that say what a file is, not what the episode is about.
    private static final Set<String> GENERIC_NAMES = Set.of("transcript", "transcripts", "transcription",
            "captions", "caption", "subtitles", "subtitle", "subs", "cc", "index", "output", "out", "input",
            "text", "audio", "video", "media", "untitled", "default", "export", "download", "downloads",
            "file", "files", "tmp", "temp");
    // A language tag, as caption downloads name their files: "en", "en-US", "pt_BR", "talk.en".
    private static final Pattern LANGUAGE_TAG = Pattern.compile("(?i)(?:[a-z]{2}|eng)(?:[-_](?:[a-z]{2,4}|\\d{3}))?");
    private static final Pattern LANGUAGE_SUFFIX = Pattern.compile("(?i)\\.(?:[a-z]{2}|eng)(?:[-_](?:[a-z]{2,4}|\\d{3}))?$");
    // The video id a downloader puts after the title: "Fog signals [dQw4w9WgXcQ].en.vtt".
    private static final Pattern VIDEO_ID_SUFFIX = Pattern.compile("\\s*\\[[A-Za-z0-9_-]{11}]$");

    private FileNames() {
    }

    /**
     * A file's name without its extension, a language tag and a downloader's video id:
     * "Fog signals [dQw4w9WgXcQ].en.vtt" → "Fog signals".
     */
    public static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String name = dot > 0 ? fileName.substring(0, dot) : fileName;
        return VIDEO_ID_SUFFIX.matcher(LANGUAGE_SUFFIX.matcher(name).replaceFirst("")).replaceFirst("");
    }

    /** A name that says what a file is rather than what it holds: "en-US", "transcript", "01". */
    public static boolean isGeneric(String name) {
        String words = name.replaceAll("[-_.\\s]+", " ").strip();
        return words.codePoints().noneMatch(Character::isLetter)
                || GENERIC_NAMES.contains(words.toLowerCase(Locale.ROOT))
                || LANGUAGE_TAG.matcher(name.strip()).matches();
    }
}
