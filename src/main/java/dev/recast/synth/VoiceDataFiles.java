package dev.recast.synth;

import com.sun.speech.freetts.en.us.CMULexicon;
import com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * FreeTTS's data for the kevin voices (the diphone databases and the CMU dictionary), copied out of
 * its jar into a temporary folder once per process. From a jar, FreeTTS reads a voice's 6 MB a
 * byte at a time through a synchronized stream, some 70 ms a voice; from a file it maps it and
 * loads the same data in some 15 ms. Every worker of every render opens its own voice, and a
 * re-render of an edit opens one just to say the edit.
 */
final class VoiceDataFiles {

    private static final String VOICE_PACKAGE = "/com/sun/speech/freetts/en/us/cmu_us_kal/";
    private static final String LEXICON_PACKAGE = "/com/sun/speech/freetts/en/us/";
    /** The dictionary the voices use, {@link KevinVoice#lexicon} says why. */
    static final String LEXICON = "cmudict04";
    private static final List<String> LEXICON_PARTS = List.of("_compiled.bin", "_addenda.bin", "_lts.bin");

    private final Path folder;

    private VoiceDataFiles(Path folder) {
        this.folder = folder;
    }

    /**
     * The files, copied on the first call; null when they cannot be (no room in the temporary
     * folder, a path FreeTTS would misread), and the voices read the jar as FreeTTS does.
     */
    static VoiceDataFiles copied() {
        return Copied.FILES;
    }

    /** Copies the files when first asked, once: the JVM initializes a class once, whatever the threads. */
    private static final class Copied {
        static final VoiceDataFiles FILES = copy();
    }

    private static VoiceDataFiles copy() {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("recast-freetts");
            folder.toFile().deleteOnExit();
            VoiceDataFiles files = new VoiceDataFiles(folder);
            // FreeTTS opens a file: URL by its undecoded path, so a folder whose URL escapes a character is no use.
            String first = LEXICON + LEXICON_PARTS.get(0);
            if (!files.url(first).getFile().equals(folder.resolve(first).toString())) {
                return null;
            }
            for (String part : LEXICON_PARTS) {
                extract(LEXICON_PACKAGE + LEXICON + part, folder.resolve(LEXICON + part));
            }
            return files;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Copies a resource of FreeTTS's jar, whole or not at all; the file goes when the process ends
     * (registered before it exists, so it goes before its folder).
     */
    private static void extract(String resource, Path file) throws IOException {
        file.toFile().deleteOnExit();
        try (InputStream in = KevinVoiceDirectory.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("FreeTTS's jar has no " + resource);
            }
            Files.copy(in, file);
        } catch (IOException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /**
     * A diphone database by its file name, e.g. {@code cmu_us_kal16.bin}, copied when a voice first
     * needs it; null when it cannot be.
     */
    synchronized URL database(String name) {
        Path file = folder.resolve(name);
        try {
            if (!Files.exists(file)) {
                extract(VOICE_PACKAGE + name, file);
            }
            return url(name);
        } catch (IOException e) {
            return null;
        }
    }

    /** A new CMU lexicon, as {@code new CmuDictionary(LEXICON)} makes, from the copies. */
    CMULexicon lexicon() {
        return new CmuDictionary(url(LEXICON + LEXICON_PARTS.get(0)), url(LEXICON + LEXICON_PARTS.get(1)),
                url(LEXICON + LEXICON_PARTS.get(2)));
    }

    private URL url(String name) {
        try {
            return folder.resolve(name).toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException("a file path always makes a URL: " + name, e);
        }
    }
}
