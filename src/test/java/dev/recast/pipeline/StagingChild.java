package dev.recast.pipeline;

import dev.recast.audio.PcmFormat;
import dev.recast.concurrent.Shutdown;
import dev.recast.storage.ClipFolder;
import dev.recast.storage.OutputDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A render stopped while it stages its outputs, for {@link StoppedRenderTest}'s child JVM: claims
 * the folder, keeps a clip in a temporary clip folder (as without a cache), stages a section WAV
 * and the episode's WAV and takes a scratch file, says {@code staged}, and waits to be stopped.
 * Argument: the output folder.
 */
final class StagingChild {

    private StagingChild() {
    }

    public static void main(String[] args) throws Exception {
        Shutdown shutdown = Shutdown.hookedToJvm();
        try (OutputDirectory out = OutputDirectory.claim(Path.of(args[0]), false, System.out::println, shutdown);
                ClipFolder clips = ClipFolder.of(Optional.empty(), shutdown)) {
            clips.store().write("ab01", new PcmFormat(16000, 16, 1), new short[] {1, 2, 3});
            out.stage("sections/01-one.wav", "new section");
            out.stage("episode.wav", "new episode");
            Files.writeString(out.scratchFile("levelled-clips"), "scratch");
            System.out.println("staged");
            System.out.flush();
            Thread.sleep(60_000);
        }
    }
}
