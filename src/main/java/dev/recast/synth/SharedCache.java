package dev.recast.synth;

import java.io.IOException;
import java.util.Optional;

/**
 * A second tier behind an {@link UtteranceCache}, shared by the machines of a cluster: an entry
 * missing from the local cache is fetched from here, and an entry stored locally is offered here.
 * Entries are the local cache's files, byte for byte, under their names relative to its folder
 * ({@code clips-v3/ab/ab….clip}); the local cache checks a fetched entry as it checks its own, so
 * a damaged one is never used.
 */
public interface SharedCache {

    /**
     * The bytes stored under {@code name}, or empty when there are none or more than
     * {@code maxBytes} (no entry is that large).
     */
    Optional<byte[]> fetch(String name, long maxBytes) throws IOException;

    /**
     * Stores {@code bytes} under {@code name} unless an entry is there already. Two machines offering
     * the same name offer the same bytes, so whichever lands is right.
     */
    void offer(String name, byte[] bytes) throws IOException;

    /** Stores {@code bytes} under {@code name} over what is there: an entry found damaged. */
    void replace(String name, byte[] bytes) throws IOException;

    /** The shared cache's location, for messages. */
    String location();
}
