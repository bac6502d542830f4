package dev.recast.pipeline;

import dev.recast.episode.ClipKeeper;
import dev.recast.episode.ClipSource;
import dev.recast.episode.Placed;
import dev.recast.episode.Timeline;
import dev.recast.segment.Utterance;
import dev.recast.synth.UtteranceCache;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps clips in one file beside the outputs, for sources that are costly to read (levelled clips
 * are peak-limited on every read): the loudness passes and every output then read each clip back
 * from the file. Clips with a content key are also kept in the utterance cache, when there is
 * one, so a re-render after an edit takes the unchanged ones from there. The clips are made on
 * the render's workers a few ahead of the one being written, so memory holds a handful of clips,
 * and written in timeline order. Each {@link #keep} writes the file anew, so the levels tried one
 * after another take the space of one.
 */
final class ClipSpool implements ClipKeeper, ClipSource, AutoCloseable {

    /** Writing the spool failed: a fault of the place it is written, not of the audio. */
    static final class WriteFailure extends IOException {
        private final Path path;

        WriteFailure(Path path, IOException cause) {
            super(cause.getMessage(), cause);
            this.path = path;
        }

        Path path() {
            return path;
        }
    }

    private final Timeline timeline;
    private final Path path;
    private final FileChannel file;
    private final WorkerPool workers;
    private final UtteranceCache cache;
    private final Map<String, Long> offsets = new HashMap<>();
    private final Map<String, Integer> lengths = new HashMap<>();
    private final Map<String, String> keys = new HashMap<>();

    /**
     * @param path an empty file, removed by its owner
     * @param cache where keyed clips are kept across renders; null for nowhere
     */
    ClipSpool(Timeline timeline, Path path, WorkerPool workers, UtteranceCache cache) throws IOException {
        this.timeline = timeline;
        this.cache = cache;
        this.path = path;
        this.file = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
        this.workers = workers;
    }

    /** Reads every clip of the timeline from {@code clips} into the file, replacing what it held. */
    @Override
    public ClipSource keep(ClipSource clips) throws IOException {
        truncate();
        offsets.clear();
        lengths.clear();
        keys.clear();
        List<Placed> placed = timeline.utterances();
        long[] offset = {0};
        int[] written = {0};
        workers.inOrder(placed.size(), i -> () -> make(clips, placed.get(i).utterance()), made -> {
            Utterance u = placed.get(written[0]++).utterance();
            write(made.samples(), offset[0]);
            offsets.put(u.id(), offset[0]);
            lengths.put(u.id(), made.samples().length);
            made.key().ifPresent(key -> keys.put(u.id(), key));
            offset[0] += 2L * made.samples().length;
        });
        return this;
    }

    /** A clip made for the spool, and its content key. */
    private record Made(short[] samples, Optional<String> key) {
    }

    /** The clip from the cache under its content key, or made and put there. */
    private Made make(ClipSource clips, Utterance u) throws IOException {
        Optional<String> key = clips.contentKey(u);
        if (cache != null && key.isPresent()) {
            UtteranceCache.Entry kept = cache.read(key.get());
            if (kept != null && kept.format().equals(timeline.format())) {
                return new Made(kept.samples(), key);
            }
        }
        short[] clip = clips.samples(u);
        if (cache != null && key.isPresent()) {
            cache.write(key.get(), timeline.format(), clip);
        }
        return new Made(clip, key);
    }

    private void truncate() throws WriteFailure {
        try {
            file.truncate(0);
        } catch (IOException e) {
            throw new WriteFailure(path, e);
        }
    }

    private void write(short[] clip, long offset) throws WriteFailure {
        ByteBuffer bytes = ByteBuffer.allocate(2 * clip.length).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asShortBuffer().put(clip);
        try {
            while (bytes.hasRemaining()) {
                file.write(bytes, offset + bytes.position());
            }
        } catch (IOException e) {
            throw new WriteFailure(path, e);
        }
    }

    /** Safe from several threads at once: each read is positional. */
    @Override
    public short[] samples(Utterance utterance) throws IOException {
        Long offset = offsets.get(utterance.id());
        if (offset == null) {
            throw new IllegalArgumentException("utterance " + utterance.id() + " is not in the spool");
        }
        ByteBuffer bytes = ByteBuffer.allocate(2 * lengths.get(utterance.id())).order(ByteOrder.LITTLE_ENDIAN);
        while (bytes.hasRemaining()) {
            if (file.read(bytes, offset + bytes.position()) < 0) {
                throw new IOException("the clip spool ended early at utterance " + utterance.id());
            }
        }
        short[] clip = new short[bytes.capacity() / 2];
        bytes.flip().asShortBuffer().get(clip);
        return clip;
    }

    /** The key of the clip kept for {@code utterance}, as the source it was read from named it. */
    @Override
    public Optional<String> contentKey(Utterance utterance) {
        return Optional.ofNullable(keys.get(utterance.id()));
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
