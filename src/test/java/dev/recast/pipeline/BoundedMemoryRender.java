package dev.recast.pipeline;

import dev.recast.synth.FakeEngines;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * A render for {@link BoundedMemoryTest}'s child JVM, whose heap is smaller than the episode's
 * audio: the fake synthesizer, levelled, two jobs, with a cache. Arguments: input folder, output
 * folder, cache folder, then the formats as {@code --format} takes them.
 */
final class BoundedMemoryRender {

    private BoundedMemoryRender() {
    }

    public static void main(String[] args) throws Exception {
        Render render = new Render(FakeEngines.tones(), message -> { });
        Set<dev.recast.publish.Format> formats = dev.recast.publish.Format.parse(args[3]);
        render.run(RenderOptions.of(Path.of(args[0]), Path.of(args[1])).withFormats(formats).withJobs(2)
                .withCache(Optional.of(Path.of(args[2]))));
    }
}
