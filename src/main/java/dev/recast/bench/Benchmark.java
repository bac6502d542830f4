package dev.recast.bench;

import dev.recast.Programs;
import dev.recast.RecastException;
import dev.recast.audio.WavFile;
import dev.recast.audio.WavReader;
import dev.recast.concurrent.Shutdown;
import dev.recast.pipeline.Render;
import dev.recast.pipeline.RenderOptions;
import dev.recast.pipeline.RenderResult;
import dev.recast.publish.Format;
import dev.recast.segment.Utterance;
import dev.recast.synth.Engines;
import dev.recast.synth.StockFreeTts;
import dev.recast.synth.VoiceProfile;
import dev.recast.synth.VoiceProfiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code recast bench}: times bare FreeTTS, renders, re-renders and the Debian tools on one
 * generated transcript in one run, so the ratios compare like with like on the same machine.
 * The transcript ({@link BenchTranscript}) is the bundled example repeated so no utterance
 * repeats and the cache cannot help a fresh render.
 *
 * <p>Kept as one class though a little long: its one method is the run, the steps taking turns a
 * round at a time, and the report reads the times that run gathered; split, each step would need
 * the round's folders and settings passed to it.
 */
public final class Benchmark {

    private static final int WARM_UP_UTTERANCES = 50;
    private static final String BARE = "(a) bare FreeTTS, 1 thread, audio only";
    private static final String WAV_ONLY = "(b) render, WAV only";
    private static final String UNLEVELLED = "(b) with --loudness off";
    private static final String DEFAULTS = "(c) render, default formats";
    private static final String UNCHANGED = "(d) (c) again, nothing changed";
    private static final String EDITED = "(e) (c) again, one sentence edited";
    private static final String LAME = "lame -b 64 -m m, 44.1 kHz WAV";

    /**
     * @param minutes speech to generate for the timed runs
     * @param memoryScale how many times longer the second transcript of the memory measurement is
     * @param jobs worker threads for the renders
     * @param rounds how many times each timed step runs; the report gives the median and the range
     * @param work a folder for transcripts, outputs and caches (left for inspection)
     */
    public record Settings(int minutes, int memoryScale, int jobs, int rounds, Path work) {
    }

    /**
     * One timed step and its times, a round each.
     *
     * @param audioSeconds the length of the audio the step made or read, for its real-time factor
     */
    public record Step(String label, List<Double> seconds, double audioSeconds) {

        /** The middle time, or the mean of the middle two. */
        public double median() {
            return Benchmark.median(seconds);
        }
    }

    /** The middle value, or the mean of the middle two. */
    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private final Consumer<String> log;
    private final Shutdown shutdown;

    /**
     * @param shutdown the process's stop, given to every render: a stop seals their caches and
     *        removes what they staged, before whoever removes the work folder
     */
    public Benchmark(Consumer<String> log, Shutdown shutdown) {
        this.log = log;
        this.shutdown = shutdown;
    }

    /**
     * Runs every step and returns the report, one line per element. The steps take turns, a
     * round at a time, so a stretch of load from other work on a shared machine falls on all of
     * them alike rather than on one step's every run.
     */
    public List<String> run(Settings settings) throws RecastException, IOException, InterruptedException {
        Path work = settings.work();
        Files.createDirectories(work);
        Path transcript = work.resolve("transcript");
        int copies = BenchTranscript.write(transcript, settings.minutes());
        List<Utterance> utterances = BenchTranscript.utterances(transcript);
        Path text = work.resolve("spoken.txt");
        Files.write(text, utterances.stream().map(Utterance::spokenText).toList(), StandardCharsets.UTF_8);
        Render render = new Render(Engines.standard(), message -> { });
        Path fliteWav = work.resolve("flite.wav");
        Path espeakWav = work.resolve("espeak.wav");
        List<Engine> engines = List.of(
                new Engine("flite", fliteWav, List.of("flite", "-f", text.toString(), "-o", fliteWav.toString())),
                new Engine("espeak-ng", espeakWav, List.of("espeak-ng", "-f", text.toString(), "-w",
                        espeakWav.toString())));
        Path wav44 = work.resolve("episode-44k.wav");
        boolean lame = Programs.onPath("lame").isPresent() && Programs.onPath("sox").isPresent();

        Times times = new Times();
        RenderOptions defaults = null;
        double audioSeconds = 0;
        for (int round = 1; round <= settings.rounds(); round++) {
            String of = roundOf(round, settings);
            log.accept("(a) bare FreeTTS on " + utterances.size() + " utterances" + of);
            times.add(BARE, bareFreeTts(utterances));
            log.accept("(b) render, WAV only" + of);
            RenderResult[] result = new RenderResult[1];
            Path wavOut = work.resolve("out-wav-" + round);
            RenderOptions wavOnly = options(transcript, wavOut, work.resolve("cache-wav-" + round), settings.jobs(),
                    EnumSet.of(Format.WAV), OptionalDouble.of(RenderOptions.DEFAULT_LOUDNESS));
            times.add(WAV_ONLY, time(() -> result[0] = render.run(wavOnly, shutdown)));
            audioSeconds = result[0].timeline().seconds(result[0].timeline().totalSamples());
            // (b) without levelling, beside it: how much of (b) the loudness and the limiter take.
            log.accept("(b) with --loudness off" + of);
            RenderOptions unlevelled = options(transcript, work.resolve("out-unlevelled-" + round),
                    work.resolve("cache-unlevelled-" + round), settings.jobs(), EnumSet.of(Format.WAV),
                    OptionalDouble.empty());
            times.add(UNLEVELLED, time(() -> render.run(unlevelled, shutdown)));
            log.accept("(c) render, default formats" + of);
            defaults = options(transcript, work.resolve("out-default-" + round), work.resolve("cache-default-" + round),
                    settings.jobs(), Format.DEFAULTS, OptionalDouble.of(RenderOptions.DEFAULT_LOUDNESS));
            RenderOptions fresh = defaults;
            times.add(DEFAULTS, time(() -> render.run(fresh, shutdown)));
            for (Engine engine : engines) {
                if (Programs.onPath(engine.name()).isPresent()) {
                    log.accept(engine.name() + " on the same text" + of);
                    times.add(engine.name(), time(() -> exec(engine.command())));
                }
            }
            if (lame) {
                if (round == 1) {
                    exec(List.of("sox", wavOut.resolve("episode.wav").toString(), "-r", "44100", wav44.toString()));
                }
                log.accept("lame on the episode at 44.1 kHz" + of);
                times.add(LAME, time(() -> exec(List.of("lame", "--quiet", "-b", "64", "-m", "m", wav44.toString(),
                        work.resolve("lame.mp3").toString()))));
            }
        }
        // The last round's (c) is rendered again: unchanged, then after each edit of one more sentence.
        RenderOptions last = defaults;
        for (int round = 1; round <= settings.rounds(); round++) {
            String of = roundOf(round, settings);
            log.accept("(d) the same render again" + of);
            times.add(UNCHANGED, time(() -> render.run(last, shutdown)));
            BenchTranscript.editOneSentence(transcript);
            log.accept("(e) again after editing one sentence" + of);
            times.add(EDITED, time(() -> render.run(last, shutdown)));
        }

        List<Step> steps = new ArrayList<>();
        // Bare FreeTTS says the same utterances as the render, without its pauses: the render's length stands for both.
        for (String label : List.of(BARE, WAV_ONLY, UNLEVELLED, DEFAULTS, UNCHANGED, EDITED)) {
            steps.add(new Step(label, times.of(label), audioSeconds));
        }
        List<String> notes = new ArrayList<>();
        for (Engine engine : engines) {
            if (Programs.onPath(engine.name()).isPresent()) {
                // Per second of its own audio: each engine speaks the text at its own pace.
                double own = audioSeconds(engine.wav());
                steps.add(new Step(engine.name() + ", whole process", times.of(engine.name()), own));
                notes.add(String.format(Locale.ROOT, "%s spoke the text in %s", engine.name(), clock(own)));
            } else {
                notes.add(engine.name() + " not installed: skipped");
            }
        }
        if (lame) {
            steps.add(new Step(LAME, times.of(LAME), audioSeconds));
        } else {
            notes.add("lame or sox not installed: the MP3 encoder comparison skipped");
        }

        double bare = steps.get(0).median();
        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "transcript: %d utterances, %s of speech (%d %s of the bundled "
                + "example), %d cores, --jobs %d, median of %d rounds", utterances.size(), clock(audioSeconds), copies,
                copies == 1 ? "copy" : "copies", Runtime.getRuntime().availableProcessors(), settings.jobs(),
                settings.rounds()));
        // The first round's time stands apart: a render's code is still cold in this JVM then, as in a
        // render run on its own; the median is mostly of warm rounds.
        report.add(String.format(Locale.ROOT, "%-40s %9s %12s %12s %9s  %s", "step", "wall s", "x real time",
                "ratio to (a)", "first s", "range s"));
        for (Step step : steps) {
            double median = step.median();
            report.add(String.format(Locale.ROOT, "%-40s %9.2f %12.1f %12.3f %9.2f  %.2f-%.2f", step.label(), median,
                    step.audioSeconds() / median, median / bare, step.seconds().get(0),
                    Collections.min(step.seconds()), Collections.max(step.seconds())));
        }
        Path longer = work.resolve("transcript-x" + settings.memoryScale());
        BenchTranscript.write(longer, settings.minutes() * settings.memoryScale());
        // A peak varies from run to run (289-318 MB in three renders of the same ten hours here),
        // so it is taken as a median too.
        List<Double> small = new ArrayList<>();
        List<Double> large = new ArrayList<>();
        for (int round = 1; round <= settings.rounds(); round++) {
            log.accept("(f) peak memory of (c) in a child JVM, " + settings.minutes() + " and "
                    + settings.minutes() * settings.memoryScale() + " minutes" + roundOf(round, settings));
            small.add((double) PeakMemory.ofRender(transcript, work.resolve("memory-short-" + round)));
            large.add((double) PeakMemory.ofRender(longer, work.resolve("memory-long-" + round)));
        }
        report.add(String.format(Locale.ROOT, "(f) peak resident memory of (c), median: %d min %s (%s), %d min %s (%s),"
                + " ratio %s", settings.minutes(), megabytes(median(small)), megabytesRange(small),
                settings.minutes() * settings.memoryScale(), megabytes(median(large)), megabytesRange(large),
                Collections.min(small) > 0 && Collections.min(large) > 0
                        ? String.format(Locale.ROOT, "%.2f", median(large) / median(small)) : "n/a"));
        report.addAll(notes);
        return report;
    }

    private static String roundOf(int round, Settings settings) {
        return " (round " + round + " of " + settings.rounds() + ")";
    }

    /** Each step's times in the order they were taken. */
    private static final class Times {
        private final Map<String, List<Double>> byStep = new HashMap<>();

        void add(String step, double seconds) {
            byStep.computeIfAbsent(step, s -> new ArrayList<>()).add(seconds);
        }

        List<Double> of(String step) {
            return List.copyOf(byStep.get(step));
        }
    }

    /** Another speech engine, run on the same text, writing its audio to {@code wav}. */
    private record Engine(String name, Path wav, List<String> command) {
    }

    private interface Timed {
        void run() throws RecastException, IOException, InterruptedException;
    }

    private static double time(Timed step) throws RecastException, IOException, InterruptedException {
        long started = System.nanoTime();
        step.run();
        return (System.nanoTime() - started) / 1e9;
    }

    /** @param loudness the target in LUFS, or empty for none (as {@code --loudness off}) */
    private static RenderOptions options(Path in, Path out, Path cache, int jobs, Set<Format> formats,
            OptionalDouble loudness) {
        return RenderOptions.of(in, out).withForce(true).withFormats(formats).withLoudness(loudness).withJobs(jobs)
                .withCache(Optional.of(cache));
    }

    /**
     * FreeTTS as it ships ({@link StockFreeTts}), the narrator's prosody, one thread, one
     * {@code speak} per utterance, the audio kept in memory and dropped. The same voice first says
     * a few utterances untimed, so the timing is of the engine, not of the JVM warming up to it.
     */
    private static double bareFreeTts(List<Utterance> utterances) throws RecastException {
        VoiceProfile narrator = new VoiceProfiles(List.of(), Engines.standard()).find(VoiceProfiles.NARRATOR);
        try (StockFreeTts engine = new StockFreeTts(narrator)) {
            for (Utterance utterance : utterances.subList(0, Math.min(WARM_UP_UTTERANCES, utterances.size()))) {
                engine.speak(utterance.spokenText());
            }
            long started = System.nanoTime();
            for (Utterance utterance : utterances) {
                engine.speak(utterance.spokenText());
            }
            return (System.nanoTime() - started) / 1e9;
        }
    }

    /** The length of a tool's WAV, in seconds. */
    private static double audioSeconds(Path wav) throws IOException {
        WavFile file = WavReader.read(wav);
        return (double) file.frames() / file.format().sampleRate();
    }

    private static void exec(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed with exit code " + process.exitValue());
        }
    }

    private static String megabytes(double bytes) {
        return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f MB", bytes / 1e6);
    }

    /** The range of peaks, or n/a when one of them could not be read (there is no /proc). */
    private static String megabytesRange(List<Double> bytes) {
        return Collections.min(bytes) < 0 ? "n/a"
                : String.format(Locale.ROOT, "%.0f-%.0f", Collections.min(bytes) / 1e6, Collections.max(bytes) / 1e6);
    }

    private static String clock(double seconds) {
        long whole = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d:%02d", whole / 3600, whole / 60 % 60, whole % 60);
    }
}
