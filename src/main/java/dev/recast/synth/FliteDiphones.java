package dev.recast.synth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Diphones of flite's kal16 voice, the recordings FreeTTS's kevin16 was made from, read from the
 * library Debian's {@code libflite1} compiles them into: the data of flite's
 * {@code cst_diphone_db} and {@code cst_sts_list} (flite 2.2, x86-64), read as the loader would
 * place it. Only residual-excited LPC frames with µ-law residuals, stored as flat arrays, are
 * read; another layout is refused.
 */
final class FliteDiphones {

    /** Debian's library for flite's kal16 voice. */
    static final Path LIBRARY = Path.of("/usr/lib/x86_64-linux-gnu/libflite_cmu_us_kal16.so.1");
    /** flite's names for consonant-cluster diphones ({@code s_-_t}), absent from FreeTTS's database. */
    static final String CLUSTER_MARK = "_-_";

    private static final String DATABASE_SYMBOL = "cmu_us_kal16_db";
    private static final int ENTRY_SIZE = 16;

    /** One frame: the LPC coefficients as flite decodes them, and the µ-law codes of its residual. */
    record Frame(float[] coefficients, byte[] residual) {
        Frame {
            coefficients = coefficients.clone();
            residual = residual.clone();
        }

        @Override
        public float[] coefficients() {
            return coefficients.clone();
        }

        @Override
        public byte[] residual() {
            return residual.clone();
        }
    }

    /**
     * A diphone: its frames, the first {@code midpoint} of them belonging to its first phone.
     */
    record Unit(String name, int midpoint, List<Frame> frames) {
        Unit {
            frames = List.copyOf(frames);
            if (midpoint < 0 || midpoint > frames.size()) {
                throw new IllegalArgumentException(name + ": midpoint " + midpoint + " of " + frames.size());
            }
        }
    }

    private final int sampleRate;
    private final int order;
    private final Map<String, Unit> units;
    private final String digest;

    FliteDiphones(int sampleRate, int order, Map<String, Unit> units, String digest) {
        this.sampleRate = sampleRate;
        this.order = order;
        this.units = units;
        this.digest = digest;
    }

    /**
     * The cluster diphones of the installed library, read once per process (the JVM initializes a
     * class once); empty when there is no such library or it is not one this class reads.
     */
    static Optional<FliteDiphones> installedClusters() {
        return Installed.CLUSTERS;
    }

    private static final class Installed {
        static final Optional<FliteDiphones> CLUSTERS = readIfPresent();

        private static Optional<FliteDiphones> readIfPresent() {
            if (!Files.isReadable(LIBRARY)) {
                return Optional.empty();
            }
            try {
                return Optional.of(read(LIBRARY, name -> name.contains(CLUSTER_MARK)));
            } catch (IOException e) {
                return Optional.empty();
            }
        }
    }

    /**
     * The diphones of {@code library} whose names {@code wanted} accepts.
     *
     * @throws IOException if the file cannot be read or does not hold flite's kal16 diphones as expected
     */
    static FliteDiphones read(Path library, Predicate<String> wanted) throws IOException {
        ElfFile elf = ElfFile.read(library);
        long database = elf.symbol(DATABASE_SYMBOL)
                .orElseThrow(() -> new IOException(library + ": no symbol " + DATABASE_SYMBOL));
        int entryCount = elf.int32(database + 8);
        long entries = elf.pointer(database + 16);
        long sts = elf.pointer(database + 24);

        // cst_sts_list: sts, sts_paged, frames, residuals, resoffs, ressizes, num_sts, num_channels,
        // sample_rate, coeff_min, coeff_range, codec.
        long frames = elf.pointer(sts + 16);
        long residuals = elf.pointer(sts + 24);
        long offsets = elf.pointer(sts + 32);
        int frameCount = elf.int32(sts + 48);
        int order = elf.int32(sts + 52);
        int sampleRate = elf.int32(sts + 56);
        float coefficientMin = elf.float32(sts + 60);
        float coefficientRange = elf.float32(sts + 64);
        long codec = elf.pointer(sts + 72);
        if (elf.pointer(sts) != 0 || elf.pointer(sts + 8) != 0 || elf.pointer(sts + 40) != 0 || frames == 0
                || residuals == 0 || offsets == 0) {
            throw new IOException(library + ": short-term signals not stored as flat arrays");
        }
        if (codec != 0 && !elf.string(codec).equals("ulaw")) {
            throw new IOException(library + ": residuals coded as " + elf.string(codec) + ", not µ-law");
        }
        if (order < 1 || order > 64 || sampleRate < 1 || entryCount < 1 || frameCount < 1) {
            throw new IOException(library + ": implausible header (order " + order + ", " + sampleRate + " Hz, "
                    + entryCount + " diphones, " + frameCount + " frames)");
        }

        MessageDigest hash = sha256();
        Map<String, Unit> units = new LinkedHashMap<>();
        for (int i = 0; i < entryCount; i++) {
            long entry = entries + (long) i * ENTRY_SIZE;
            String name = elf.string(elf.pointer(entry));
            if (!wanted.test(name)) {
                continue;
            }
            int start = elf.unsigned16(entry + 8);
            int firstHalf = elf.unsigned8(entry + 10);
            int secondHalf = elf.unsigned8(entry + 11);
            if (start + firstHalf + secondHalf > frameCount) {
                throw new IOException(library + ": diphone " + name + " runs past the last frame");
            }
            List<Frame> unitFrames = new ArrayList<>();
            for (int f = start; f < start + firstHalf + secondHalf; f++) {
                float[] coefficients = new float[order];
                for (int k = 0; k < order; k++) {
                    int code = elf.unsigned16(frames + 2L * ((long) f * order + k));
                    // As flite's lpc_resynth unpacks them.
                    coefficients[k] = (float) (code / 65535.0 * coefficientRange) + coefficientMin;
                }
                long from = Integer.toUnsignedLong(elf.int32(offsets + 4L * f));
                long to = Integer.toUnsignedLong(elf.int32(offsets + 4L * (f + 1)));
                if (to < from) {
                    throw new IOException(library + ": frame " + f + " has a negative size");
                }
                byte[] residual = elf.bytes(residuals + from, Math.toIntExact(to - from));
                hash.update(elf.bytes(frames + 2L * f * order, 2 * order));
                hash.update(residual);
                unitFrames.add(new Frame(coefficients, residual));
            }
            hash.update(name.getBytes(StandardCharsets.US_ASCII));
            units.put(name, new Unit(name, firstHalf, unitFrames));
        }
        return new FliteDiphones(sampleRate, order, Map.copyOf(units),
                HexFormat.of().formatHex(hash.digest(), 0, 4));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    int sampleRate() {
        return sampleRate;
    }

    /** The LPC order: coefficients per frame. */
    int order() {
        return order;
    }

    /** The diphones read, by name. */
    Map<String, Unit> units() {
        return units;
    }

    /** Eight hex digits of a hash of the diphones' names and data: a different library, a different digest. */
    String digest() {
        return digest;
    }
}
