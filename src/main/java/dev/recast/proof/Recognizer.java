package dev.recast.proof;

import dev.recast.RecastException;
import java.nio.file.Path;
import java.util.List;

/** Speech recognition: the words heard in recordings of speech. */
public interface Recognizer {

    /**
     * The words heard in each of {@code wavs} (WAV files of mono speech), in the order given: one
     * list for each file, empty when nothing was heard.
     *
     * @throws RecastException when a file cannot be read or the recognizer fails
     */
    List<List<String>> recognize(List<Path> wavs) throws RecastException;
}
