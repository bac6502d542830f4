package dev.recast.proof;

import dev.recast.Programs;
import dev.recast.RecastException;
import dev.recast.audio.PcmFormat;
import dev.recast.audio.PcmSource;
import dev.recast.audio.Resampler;
import dev.recast.audio.WavFile;
import dev.recast.audio.WavFormatException;
import dev.recast.audio.WavReader;
import dev.recast.concurrent.Shutdown;
import dev.recast.concurrent.WorkerPool;
import dev.recast.storage.FileTrees;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Debian's pocketsphinx ({@code pocketsphinx_batch} with its US English model) as a
 * {@link Recognizer}. The files are recognized in batches, each one run of the program over many
 * files, so the model is loaded once per batch rather than once per file; {@code processes}
 * batches run at once. Each file is heard on its own (what is heard of it, score included, is the
 * same alone as in any batch), so the words do not depend on the number of processes. Each batch's audio is written as raw 16 kHz samples into a scratch folder
 * of its own, removed when the batch ends: the program reads any header as samples, and raw
 * files of one batch at a time keep the scratch space small however long the episode.
 */
public final class Pocketsphinx implements Recognizer {

    /** What the absent programs are installed with, for the error that says so. */
    public static final String INSTALL = "apt-get install pocketsphinx pocketsphinx-en-us";
    static final String PROGRAM = "pocketsphinx_batch";
    static final Path MODEL = Path.of("/usr/share/pocketsphinx/model/en-us");
    /** The rate the model was trained at; lower rates are resampled up to it. */
    private static final int RATE = PcmFormat.SPEECH_16K.sampleRate();
    /** Files per run: loading the model takes about a second, recognizing a hundred utterances minutes. */
    private static final int FILES_PER_BATCH = 100;
    /** {@code words (id score)}, a line of the program's {@code -hyp} output. */
    private static final Pattern HYPOTHESIS = Pattern.compile("^(.*?)\\s*\\((\\d+)\\s+-?\\d+\\)\\s*$");
    /** The number of an alternative pronunciation ({@code read(2)}); non-words ({@code <sil>}, {@code [noise]}) are dropped by their first character. */
    private static final Pattern VARIANT = Pattern.compile("\\(\\d+\\)$");

    private final Path program;
    private final Path model;
    private final int processes;
    private final Shutdown shutdown;

    private Pocketsphinx(Path program, Path model, int processes, Shutdown shutdown) {
        if (processes < 1) {
            throw new IllegalArgumentException("at least one process: " + processes);
        }
        this.program = program;
        this.model = model;
        this.processes = processes;
        this.shutdown = shutdown;
    }

    /** The installed recognizer, one process per core, unless the program or its model is missing. */
    public static Optional<Pocketsphinx> find() {
        return find(Runtime.getRuntime().availableProcessors(), Shutdown.manual());
    }

    /**
     * The installed recognizer running {@code processes} programs at once, unless the program or
     * its model is missing; a stop by {@code shutdown} ends the programs and removes their files.
     */
    public static Optional<Pocketsphinx> find(int processes, Shutdown shutdown) {
        return find(Programs.onPath(PROGRAM), MODEL, processes, shutdown);
    }

    /** The recognizer from {@code program} and the model in {@code model}, when both are there. */
    static Optional<Pocketsphinx> find(Optional<Path> program, Path model, int processes, Shutdown shutdown) {
        boolean modelInstalled = Stream.of("en-us", "en-us.lm.bin", "cmudict-en-us.dict")
                .allMatch(name -> Files.exists(model.resolve(name)));
        return program.filter(p -> modelInstalled)
                .map(p -> new Pocketsphinx(p, model, processes, shutdown));
    }

    /**
     * The installed recognizer, or the error (exit 3) that says how to install it.
     *
     * @param command the command that needs it, for the message
     */
    public static Pocketsphinx require(String command, int processes, Shutdown shutdown) throws RecastException {
        return require(command, find(processes, shutdown));
    }

    static Pocketsphinx require(String command, Optional<Pocketsphinx> found) throws RecastException {
        return found.orElseThrow(() -> new RecastException(RecastException.Kind.ENVIRONMENT, null,
                command + " needs pocketsphinx: " + INSTALL));
    }

    /** The model's pronouncing dictionary: {@code word PH PH ...} a line, CMU phones without stress. */
    public Path dictionary() {
        return model.resolve("cmudict-en-us.dict");
    }

    @Override
    public List<List<String>> recognize(List<Path> wavs) throws RecastException {
        int size = Math.max(1, Math.min(FILES_PER_BATCH, -Math.floorDiv(-wavs.size(), processes)));
        int batches = -Math.floorDiv(-wavs.size(), size);
        Set<Process> running = ConcurrentHashMap.newKeySet();
        Path scratch;
        try {
            scratch = Files.createTempDirectory("recast-proof");
        } catch (IOException e) {
            throw new RecastException(RecastException.Kind.ENVIRONMENT, null,
                    "cannot create a folder for speech recognition: " + e.getMessage(), e);
        }
        Shutdown.Registration onStop = shutdown.onStop(() -> {
            running.forEach(Process::destroyForcibly);
            FileTrees.deleteQuietly(scratch);
        });
        List<List<String>> heard = new ArrayList<>(wavs.size());
        try (WorkerPool pool = new WorkerPool(Math.min(processes, batches))) {
            pool.inOrder(batches, b -> () -> batch(scratch.resolve(Integer.toString(b)),
                    wavs.subList(b * size, Math.min(wavs.size(), (b + 1) * size)), running), heard::addAll);
        } catch (Unusable e) {
            throw new RecastException(RecastException.Kind.INPUT, e.wav.toString(), e.getMessage(), e);
        } catch (WavFormatException e) {
            throw new RecastException(RecastException.Kind.INPUT, null, e.getMessage(), e);
        } catch (Failed e) {
            throw new RecastException(RecastException.Kind.FAILURE, null, e.getMessage(), e);
        } catch (IOException e) {
            throw new RecastException(RecastException.Kind.ENVIRONMENT, null,
                    "speech recognition: " + e.getMessage(), e);
        } finally {
            onStop.withdraw();
            running.forEach(Process::destroyForcibly);
            FileTrees.deleteQuietly(scratch);
        }
        return heard;
    }

    /** One run of the program over {@code wavs}, in {@code folder}, removed after. */
    private List<List<String>> batch(Path folder, List<Path> wavs, Set<Process> running) throws IOException {
        Files.createDirectory(folder);
        try {
            StringBuilder control = new StringBuilder();
            for (int k = 0; k < wavs.size(); k++) {
                writeRaw(wavs.get(k), folder.resolve(k + ".raw"));
                control.append(k).append('\n');
            }
            Path ctl = Files.writeString(folder.resolve("ctl"), control, StandardCharsets.UTF_8);
            Path hyp = folder.resolve("hyp");
            Path log = folder.resolve("log");
            Process process = new ProcessBuilder(program.toString(),
                    "-ctl", ctl.toString(), "-adcin", "yes", "-cepdir", folder.toString(), "-cepext", ".raw",
                    "-hyp", hyp.toString(), "-hmm", model.resolve("en-us").toString(),
                    "-lm", model.resolve("en-us.lm.bin").toString(), "-dict", dictionary().toString())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            running.add(process);
            try {
                process.getOutputStream().close();
                int exit = process.waitFor();
                if (exit != 0 || !Files.exists(hyp)) {
                    throw new Failed(PROGRAM + " failed (exit " + exit + "): " + lastLine(log));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while recognizing speech");
            } finally {
                process.destroyForcibly();
                running.remove(process);
            }
            return heard(Files.readAllLines(hyp, StandardCharsets.UTF_8), wavs.size());
        } finally {
            FileTrees.deleteQuietly(folder);
        }
    }

    /** The words of each of {@code count} files from the lines of {@code -hyp}; a file without a line heard nothing. */
    static List<List<String>> heard(List<String> lines, int count) {
        Map<Integer, List<String>> byFile = new HashMap<>();
        for (String line : lines) {
            Matcher m = HYPOTHESIS.matcher(line);
            if (m.matches() && Integer.parseInt(m.group(2)) < count) {
                List<String> words = new ArrayList<>();
                for (String word : m.group(1).strip().split("\\s+")) {
                    String base = VARIANT.matcher(word).replaceFirst("");
                    if (!base.isEmpty() && !base.startsWith("<") && !base.startsWith("[")) {
                        words.add(base);
                    }
                }
                byFile.put(Integer.parseInt(m.group(2)), List.copyOf(words));
            }
        }
        List<List<String>> heard = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            heard.add(byFile.getOrDefault(k, List.of()));
        }
        return heard;
    }

    /** {@code wav}'s samples as raw 16 kHz 16-bit little-endian PCM in {@code raw}. */
    private static void writeRaw(Path wav, Path raw) throws IOException {
        WavFile description = WavReader.read(wav);
        PcmFormat format = description.format();
        if (format.channels() != 1 || format.bitsPerSample() != 16) {
            throw new Unusable(wav, "speech recognition reads mono 16-bit WAV files; this one is "
                    + format.channels() + " channels of " + format.bitsPerSample() + " bits");
        }
        if (format.sampleRate() > RATE) {
            throw new Unusable(wav, "speech recognition reads speech at up to " + RATE + " Hz; this is "
                    + format.sampleRate() + " Hz");
        }
        short[] samples = WavReader.readSamples(wav);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(raw))) {
            if (format.sampleRate() == RATE) {
                writeLittleEndian(out, samples, samples.length);
                return;
            }
            Resampler resampler = new Resampler(format.sampleRate(), RATE);
            long length = resampler.outputLength(samples.length);
            PcmSource source = resampler.span((start, end) -> span(samples, start, end), samples.length, 0, length);
            short[] buffer = new short[8192];
            for (int n = source.read(buffer, 0, buffer.length); n >= 0; n = source.read(buffer, 0, buffer.length)) {
                writeLittleEndian(out, buffer, n);
            }
        }
    }

    /** Samples {@code [start, end)} of {@code samples}, as the resampler reads its input. */
    private static PcmSource span(short[] samples, long start, long end) {
        return new PcmSource() {
            private int next = (int) start;

            @Override
            public int read(short[] buffer, int offset, int length) {
                if (next >= end) {
                    return -1;
                }
                int n = (int) Math.min(length, end - next);
                System.arraycopy(samples, next, buffer, offset, n);
                next += n;
                return n;
            }
        };
    }

    private static void writeLittleEndian(OutputStream out, short[] samples, int count) throws IOException {
        byte[] bytes = new byte[count * 2];
        for (int k = 0; k < count; k++) {
            bytes[2 * k] = (byte) samples[k];
            bytes[2 * k + 1] = (byte) (samples[k] >> 8);
        }
        out.write(bytes);
    }

    private static String lastLine(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return lines.stream().filter(l -> l.startsWith("ERROR") || l.startsWith("FATAL")).reduce((a, b) -> b)
                    .or(() -> lines.stream().filter(l -> !l.isBlank()).reduce((a, b) -> b))
                    .orElse("no output");
        } catch (IOException | UncheckedIOException e) {
            return "no log";
        }
    }

    /** A WAV file the recognizer cannot take. */
    private static final class Unusable extends IOException {
        private final Path wav;

        Unusable(Path wav, String message) {
            super(message);
            this.wav = wav;
        }
    }

    /** The program failed. */
    private static final class Failed extends IOException {
        Failed(String message) {
            super(message);
        }
    }
}
