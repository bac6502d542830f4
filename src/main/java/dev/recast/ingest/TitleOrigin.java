package dev.recast.ingest;

/**
 * Where an episode's title came from, so a later stage can prefer a better one (a first heading)
 * to a derived name, and the user can be told when Recast chose the title itself.
 */
public enum TitleOrigin {
    /** The manifest's {@code "title"}: the user's own choice. */
    MANIFEST("from episode.json"),
    /** The first section's opening heading ("# Fog signals", "Heading Fog signals"), beating a name. */
    HEADING("after its first heading"),
    /** A WebVTT header's {@code Title:} line. */
    CAPTION_HEADER("after its caption file's Title line"),
    /** The input file's name. */
    FILE_NAME("after its file name"),
    /** The input folder's name, or the folder holding a file named like "en" or "transcript". */
    FOLDER_NAME("after its folder");

    private final String phrase;

    TitleOrigin(String phrase) {
        this.phrase = phrase;
    }

    /** How the title was found, to follow "titled the episode "…" ". */
    public String phrase() {
        return phrase;
    }

    /** Whether the title is only a file or folder name, which a heading in the text says better. */
    public boolean fromName() {
        return this == FILE_NAME || this == FOLDER_NAME;
    }

    /** Whether Recast chose the title rather than the user. */
    public boolean derived() {
        return this != MANIFEST;
    }
}
