package dev.recast.audio;

import dev.recast.ExternalTool;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small real MP3 files for tests: a tone encoded by ffmpeg (without its own tag), optionally after our tag. */
public final class TestMp3 {

    private TestMp3() {
    }

    /** {@code seconds} of 440 Hz at 16 kHz mono, 64 kbit/s, with ffmpeg's Xing/LAME header and no ID3 tag. */
    public static Path tone(Path dir, int seconds) {
        ExternalTool ffmpeg = ExternalTool.require("ffmpeg");
        Path mp3 = dir.resolve("tone-" + seconds + ".mp3");
        ffmpeg.run("-v", "error", "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=16000:duration=" + seconds,
                "-ac", "1", "-b:a", "64k", "-id3v2_version", "0", "-fflags", "+bitexact", "-y", mp3.toString());
        return mp3;
    }

    /** A copy of {@code mp3} with {@code tag} in front. */
    public static Path tagged(Path mp3, byte[] tag, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(tag);
            Files.copy(mp3, out);
        }
        return file;
    }
}
