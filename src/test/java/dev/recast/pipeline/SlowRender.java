package dev.recast.pipeline;

import dev.recast.segment.Utterance;
import dev.recast.synth.Clip;
import dev.recast.synth.FakeEngines;
import dev.recast.synth.FakeSynthesizer;
import dev.recast.synth.Synthesizer;
import dev.recast.synth.VoiceProfile;
import java.nio.file.Path;

/**
 * A render slow enough to be killed halfway, for {@link KilledRenderTest}'s child JVM: the fake
 * synthesizer, taking 40 ms per utterance. Arguments: input folder, output folder, cache folder.
 */
final class SlowRender {

    private SlowRender() {
    }

    public static void main(String[] args) throws Exception {
        Render render = new Render(FakeEngines.opening((voice, lexicon) -> new Synthesizer() {
            @Override
            public Clip synthesize(Utterance u, VoiceProfile profile) {
                try {
                    Thread.sleep(40);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new FakeSynthesizer().synthesize(u);
            }

            @Override
            public void close() {
            }
        }), message -> { });
        render.run(KilledRenderTest.options(Path.of(args[0]), Path.of(args[1]), Path.of(args[2])));
    }
}
