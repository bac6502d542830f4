package dev.recast.bench;

import dev.recast.RecastException;
import dev.recast.audio.PcmFormat;
import dev.recast.audio.WavWriter;
import dev.recast.clean.Section;
import dev.recast.ingest.LexiconReader;
import dev.recast.pipeline.Cleaned;
import dev.recast.proof.Recognizer;
import dev.recast.proof.WordAlignment;
import dev.recast.segment.Lexicon;
import dev.recast.segment.Segmenter;
import dev.recast.segment.SegmenterConfig;
import dev.recast.segment.Utterance;
import dev.recast.synth.Engines;
import dev.recast.synth.StockFreeTts;
import dev.recast.synth.Synthesizer;
import dev.recast.synth.VoiceProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * How clearly the narrator speaks: each utterance of a text said by Recast, by bare FreeTTS and
 * by flite's kal16 (where installed), heard by a speech recognizer, and the words it mishears
 * counted against the text as written. One run moves by a few points, so each speaker says the
 * text several times, its pitch nudged a fraction of a hertz each run, and the report gives the
 * pooled word error rate's mean with its spread.
 */
public final class ClarityBenchmark {

    /** The bundled text: some 2,000 words of plain prose written for this benchmark. */
    public static final String BUNDLED_TEXT = "clarity.txt";
    /** flite's kal16 voice starts its pitch here. */
    private static final double FLITE_F0 = 105;
    private static final long FLITE_TIMEOUT_SECONDS = 60;

    /**
     * @param text the text to say; the bundled one when empty
     * @param runs how many times each speaker says it
     * @param jitter how far the first and last runs move the pitch, in hertz
     * @param work an empty folder for the clips
     */
    public record Settings(Optional<Path> text, int runs, double jitter, Path work) {
        public Settings {
            if (runs < 1) {
                throw new IllegalArgumentException("at least one run: " + runs);
            }
        }

        /** The pitch offset of run {@code run}: evenly from -jitter to +jitter. */
        double offset(int run) {
            return runs == 1 ? 0 : jitter * (2.0 * run / (runs - 1) - 1);
        }
    }

    /**
     * What the benchmark found: each speaker's rates, Recast's first, then bare FreeTTS's and
     * flite's where it is installed.
     *
     * @param words the words of the text as written, every speaker's reference
     */
    public record Result(int words, List<Score> scores) {
        public Result {
            scores = List.copyOf(scores);
        }
    }

    /** A speaker's pooled word error rate in each run. */
    public record Score(String speaker, List<Double> rates) {
        public Score {
            rates = List.copyOf(rates);
        }

        public double mean() {
            return rates.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        }

        /** The sample standard deviation; 0 for one run. */
        public double deviation() {
            double mean = mean();
            return rates.size() < 2 ? 0 : Math.sqrt(rates.stream().mapToDouble(r -> (r - mean) * (r - mean)).sum()
                    / (rates.size() - 1));
        }
    }

    /** A speaker of the comparison: writes its saying of each utterance, in one run, as WAV files. */
    private interface Speaker {
        String name();

        List<Path> say(List<Utterance> utterances, double pitchOffset, Path folder) throws IOException, RecastException;
    }

    private final Engines engines;
    private final VoiceProfile narrator;
    private final Recognizer recognizer;
    private final Optional<Path> flite;
    private final Consumer<String> progress;

    /**
     * @param narrator the profile Recast and bare FreeTTS say the text with
     * @param flite the flite program, when installed
     */
    public ClarityBenchmark(Engines engines, VoiceProfile narrator, Recognizer recognizer, Optional<Path> flite,
            Consumer<String> progress) {
        this.engines = engines;
        this.narrator = narrator;
        this.recognizer = recognizer;
        this.flite = flite;
        this.progress = progress;
    }

    /** Says the text with every speaker, {@code runs} times, and scores what was heard. */
    public Result run(Settings settings) throws RecastException, IOException {
        Path text = settings.text().isPresent() ? settings.text().get() : bundledText(settings.work());
        Lexicon lexicon = LexiconReader.forInput(Optional.empty());
        List<Utterance> utterances = utterances(text, lexicon);
        List<Speaker> speakers = new ArrayList<>(List.of(recast(lexicon), bareFreeTts()));
        flite.ifPresent(program -> speakers.add(flite(program)));
        List<Path> clips = new ArrayList<>();
        for (Speaker speaker : speakers) {
            for (int run = 0; run < settings.runs(); run++) {
                progress.accept(String.format(Locale.ROOT, "%s says the text, pitch %+.2f Hz", speaker.name(),
                        settings.offset(run)));
                Path folder = Files.createDirectories(settings.work().resolve(speaker.name().split(" ")[0] + "-" + run));
                clips.addAll(speaker.say(utterances, settings.offset(run), folder));
            }
        }
        progress.accept("recognizing " + clips.size() + " clips");
        List<List<String>> heard = recognizer.recognize(clips);
        List<Score> scores = new ArrayList<>();
        int next = 0;
        int words = 0;
        for (Speaker speaker : speakers) {
            List<Double> rates = new ArrayList<>();
            for (int run = 0; run < settings.runs(); run++) {
                int errors = 0;
                words = 0;
                for (Utterance utterance : utterances) {
                    WordAlignment alignment = WordAlignment.align(WordAlignment.words(utterance.sourceText()),
                            heard.get(next++));
                    errors += alignment.errors();
                    words += alignment.referenceLength();
                }
                rates.add((double) errors / words);
            }
            scores.add(new Score(speaker.name(), rates));
        }
        return new Result(words, scores);
    }

    private static List<Utterance> utterances(Path text, Lexicon lexicon) throws RecastException {
        Segmenter segmenter = new Segmenter(SegmenterConfig.DEFAULTS, lexicon.knownWords());
        List<Utterance> utterances = new ArrayList<>();
        for (Section section : Cleaned.read(Optional.of(text)).sections()) {
            utterances.addAll(segmenter.segment(section));
        }
        return utterances;
    }

    private static Path bundledText(Path work) throws IOException {
        Path copy = work.resolve(BUNDLED_TEXT);
        try (InputStream in = ClarityBenchmark.class.getResourceAsStream(BUNDLED_TEXT)) {
            if (in == null) {
                throw new IOException("the bundled " + BUNDLED_TEXT + " is missing from the jar");
            }
            Files.copy(in, copy);
        }
        return copy;
    }

    /** Recast: the normalized text through its FreeTTS adapter and lexicon. */
    private Speaker recast(Lexicon lexicon) {
        return new Speaker() {
            @Override
            public String name() {
                return "recast " + narrator.voice();
            }

            @Override
            public List<Path> say(List<Utterance> utterances, double pitchOffset, Path folder)
                    throws IOException, RecastException {
                VoiceProfile profile = narrator.withProsody(narrator.rate(), narrator.pitch() + pitchOffset);
                List<Path> files = new ArrayList<>();
                try (Synthesizer synthesizer = engines.of(profile).open(profile.voice(), lexicon)) {
                    for (Utterance utterance : utterances) {
                        var clip = synthesizer.synthesize(utterance, profile);
                        files.add(write(folder, utterance, clip.format(), clip.samples()));
                    }
                }
                return files;
            }
        };
    }

    /** FreeTTS as it ships, given the text as written. */
    private Speaker bareFreeTts() {
        return new Speaker() {
            @Override
            public String name() {
                return "FreeTTS " + narrator.voice();
            }

            @Override
            public List<Path> say(List<Utterance> utterances, double pitchOffset, Path folder) throws IOException {
                List<Path> files = new ArrayList<>();
                try (StockFreeTts stock = new StockFreeTts(
                        narrator.withProsody(narrator.rate(), narrator.pitch() + pitchOffset))) {
                    for (Utterance utterance : utterances) {
                        short[] samples = stock.speak(utterance.sourceText());
                        files.add(write(folder, utterance, new PcmFormat(stock.sampleRate(), 16, 1), samples));
                    }
                }
                return files;
            }
        };
    }

    /** flite's kal16, given the text as written, at its own rate. */
    private static Speaker flite(Path program) {
        return new Speaker() {
            @Override
            public String name() {
                return "flite kal16";
            }

            @Override
            public List<Path> say(List<Utterance> utterances, double pitchOffset, Path folder) throws IOException {
                List<Path> files = new ArrayList<>();
                for (Utterance utterance : utterances) {
                    Path text = folder.resolve(utterance.id() + ".txt");
                    Path wav = folder.resolve(utterance.id() + ".wav");
                    Files.writeString(text, utterance.sourceText());
                    runFlite(List.of(program.toString(), "-voice", "kal16", "--setf",
                            String.format(Locale.ROOT, "int_f0_target_mean=%.2f", FLITE_F0 + pitchOffset),
                            "-f", text.toString(), "-o", wav.toString()));
                    files.add(wav);
                }
                return files;
            }
        };
    }

    private static void runFlite(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (!process.waitFor(FLITE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("flite took over " + FLITE_TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new IOException("flite failed with exit code " + process.exitValue());
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while flite ran", e);
        }
    }

    private static Path write(Path folder, Utterance utterance, PcmFormat format, short[] samples)
            throws IOException {
        Path file = folder.resolve(utterance.id() + ".wav");
        try (OutputStream out = Files.newOutputStream(file)) {
            WavWriter.write(out, format, List.of(), samples);
        }
        return file;
    }
}
