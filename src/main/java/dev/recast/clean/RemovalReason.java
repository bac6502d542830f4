package dev.recast.clean;

/** Why the cleaner took text out, so a user can audit every removal. */
public enum RemovalReason {
    /** A line repeated at the head or foot of every section, or a known page header. */
    BOILERPLATE,
    /** Text mis-decoded beyond repair (e.g. an emoji read through a Thai code page). */
    MISDECODED,
    /** A spoken markup word ("Heading", "Subheading", "Asterisk asterisk", "Quote"). */
    MARKUP,
    /** A narrator's note that an image stands here. */
    IMAGE_NOTE,
    /** A lone "Source." line after a caption. */
    SOURCE_NOTE,
    /** A speaker's name before their words ("Jane Smith:", "Speaker 2 (00:14):"); it becomes the speaker. */
    SPEAKER_LABEL,
    /** A timestamp a transcript tool wrote ("00:14", "[00:01:23]", "00:00:01,000 --> 00:00:04,000"), or a cue's number before one. */
    TIMESTAMP,
    /** A note of a sound or of speech nobody can make out ("[Music]", "(laughs)", "♪ … ♪", "[inaudible]"). */
    SOUND,
    /** A link's target address; the link's text stays ("[the docs](https://…)"). */
    LINK,
    /** A fenced code block of a Markdown transcript, fences included: code is not read aloud. */
    CODE,
    /** A run of over 100 characters without a space (a pasted base64 blob, a hash): not spelled out for minutes. */
    LONG_TOKEN
}
