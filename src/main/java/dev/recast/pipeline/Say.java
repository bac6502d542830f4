package dev.recast.pipeline;

import dev.recast.RecastException;
import dev.recast.audio.WavWriter;
import dev.recast.segment.Lexicon;
import dev.recast.segment.Pause;
import dev.recast.segment.Role;
import dev.recast.segment.SegmenterConfig;
import dev.recast.segment.SpeechNormalizer;
import dev.recast.segment.Utterance;
import dev.recast.storage.OutputDirectory;
import dev.recast.synth.Clip;
import dev.recast.synth.Engines;
import dev.recast.synth.Synthesizer;
import dev.recast.synth.VoiceProfile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** {@code recast say}: one utterance, normalized as in an episode, into one WAV file. */
public final class Say {

    private Say() {
    }

    /**
     * Says {@code text} with {@code profile} into {@code output}, written under a temporary name in
     * the same folder and renamed into place.
     *
     * @return the clip written
     */
    public static Clip say(String text, VoiceProfile profile, Lexicon lexicon, Path output, Engines engines)
            throws RecastException {
        String spoken = new SpeechNormalizer(SegmenterConfig.DEFAULTS.speechRules(), lexicon.knownWords()).normalize(text);
        if (spoken.isEmpty()) {
            throw RecastException.input(null, "nothing to say in \"" + text + "\"");
        }
        refuseNonFile(output);
        Utterance utterance = new Utterance("01-0001", 1, Role.NARRATION, text, spoken, null, Pause.SENTENCE);
        Clip clip;
        try (Synthesizer synthesizer = engines.of(profile).open(profile.voice(), lexicon)) {
            clip = synthesizer.synthesize(utterance, profile);
        }
        Path target = output.toAbsolutePath().normalize();
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = OutputDirectory.newHiddenFile(target.getParent(), target.getFileName().toString());
            try (OutputStream out = Files.newOutputStream(temp)) {
                WavWriter.write(out, clip.format(), List.of(), clip.samples());
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new RecastException(RecastException.Kind.ENVIRONMENT, output.toString(),
                    "cannot write: " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // best effort: the temporary name is hidden and clearly ours
                }
            }
        }
        return clip;
    }

    /**
     * Only a regular file is replaced: the rename that makes the write atomic would otherwise put a
     * WAV file where a device node, a FIFO or a socket was ({@code -o /dev/null} as root), and a
     * folder is no file to write. Checked before synthesis, so the mistake costs nothing.
     */
    private static void refuseNonFile(Path output) throws RecastException {
        if (Files.isDirectory(output)) {
            throw RecastException.input(output.toString(), "is a folder: give a file name for the WAV file");
        }
        if (Files.exists(output) && !Files.isRegularFile(output)) {
            throw RecastException.input(output.toString(), "not a regular file");
        }
    }
}
