package dev.recast.pipeline;

import dev.recast.RecastException;
import dev.recast.publish.Enclosure;
import dev.recast.publish.EpisodeFiles;
import dev.recast.publish.EpisodeInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The feed's audio, measured from the staged file: the MP3 when one is staged (the podcast
 * deliverable), else the episode WAV.
 */
final class FeedEnclosure {

    private static final int BUFFER_BYTES = 1 << 16;

    private FeedEnclosure() {
    }

    static Enclosure measure(EpisodeInfo info, OutputDirectory out) throws RecastException {
        String path = out.isStaged(EpisodeFiles.EPISODE_MP3) ? EpisodeFiles.EPISODE_MP3
                : out.isStaged(EpisodeFiles.EPISODE_WAV) ? EpisodeFiles.EPISODE_WAV : null;
        if (path == null) {
            // Render refuses a feed without an audio format up front, so this is a bug, not bad input.
            throw new IllegalStateException("feed.xml needs episode.mp3 or episode.wav, and neither is staged");
        }
        Path file = out.stagedFile(path);
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            // The title is hashed too, so two episodes of identical audio still get distinct guids.
            sha256.update(info.title().getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[BUFFER_BYTES];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    sha256.update(buffer, 0, n);
                }
            }
            return new Enclosure(path, Enclosure.typeOf(path), Files.size(file),
                    HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            throw new RecastException(RecastException.Kind.ENVIRONMENT, file.toString(),
                    "cannot read the staged audio: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform has SHA-256.
            throw new IllegalStateException(e);
        }
    }
}
