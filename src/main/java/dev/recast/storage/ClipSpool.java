package dev.recast.storage;

import dev.recast.concurrent.WorkerPool;
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
 * Keeps clips for sources that are costly to read (levelled clips are peak-limited on every
 * read), so the loudness passes and every output read each clip back rather than make it again.
 * Clips with a content key are kept in the utterance cache, when there is one, and read from
 * there in place, so a re-render after an edit takes the unchanged ones from there without
 * copying them; the rest go to one file beside the outputs. The clips are made on the render's
 * workers a few ahead of the one being written, so memory holds a handful of clips, and written
 * in timeline order. Each {@link #keep} writes the file anew, so the levels tried one after
 * another take the space of one.
 */
public final class ClipSpool implements ClipKeeper, ClipSource, AutoCloseable {

    /** Writing the spool failed: a fault of the place it is written, not of the audio. */
    public static final class WriteFailure extends IOException {
        private final Path path;

        public WriteFailure(Path path, IOException cause) {
            super(cause.getMessage(), cause);
            this.path = path;
        }

        public Path path() {
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
    /** Each keyed clip's content key; with a cache, those clips are read from it in place. */
    private final Map<String, String> keys = new HashMap<>();
    private ClipSource source;

    /**
     * @param path an empty file, removed by its owner
     * @param cache where keyed clips are kept across renders; null for nowhere
     */
    public ClipSpool(Timeline timeline, Path path, WorkerPool workers, UtteranceCache cache) throws IOException {
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
        source = clips;
        List<Placed> placed = timeline.utterances();
        long[] offset = {0};
        int[] written = {0};
        workers.inOrder(placed.size(), i -> () -> make(clips, placed.get(i).utterance()), made -> {
            Utterance u = placed.get(written[0]++).utterance();
            made.key().ifPresent(key -> keys.put(u.id(), key));
            if (made.samples() == null) {
                return;
            }
            write(made.samples(), offset[0]);
            offsets.put(u.id(), offset[0]);
            lengths.put(u.id(), made.samples().length);
            offset[0] += 2L * made.samples().length;
        });
        return this;
    }

    /** A clip made for the file, or null samples for one in the cache, and its content key. */
    private record Made(short[] samples, Optional<String> key) {
    }

    /**
     * A keyed clip already in the cache is left there, to be read in place (and checked then); one
     * not there yet is made and put there. A clip without a key, or without a cache, is made for the file.
     */
    private Made make(ClipSource clips, Utterance u) throws IOException {
        Optional<String> key = clips.contentKey(u);
        if (cache != null && key.isPresent()) {
            if (!cache.has(key.get())) {
                cache.write(key.get(), timeline.format(), clips.samples(u));
            }
            return new Made(null, key);
        }
        return new Made(clips.samples(u), key);
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

    /**
     * Safe from several threads at once: each read is positional. A clip in the cache found
     * damaged or gone there is made again from the source and kept again.
     */
    @Override
    public short[] samples(Utterance utterance) throws IOException {
        String key = cache == null ? null : keys.get(utterance.id());
        if (key != null) {
            UtteranceCache.Entry kept = cache.read(key);
            if (kept != null && kept.format().equals(timeline.format())) {
                return kept.samples();
            }
            short[] clip = source.samples(utterance);
            cache.write(key, timeline.format(), clip);
            return clip;
        }
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
