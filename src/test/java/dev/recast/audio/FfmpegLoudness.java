package dev.recast.audio;

import dev.recast.ExternalTool;
import java.nio.file.Path;

/** ffmpeg's own EBU R128 meter ({@code -af ebur128}), the reference our meter and outputs are held to. */
public final class FfmpegLoudness {

    private FfmpegLoudness() {
    }

    /** Integrated loudness and true peak of any file ffmpeg reads; skips the test without ffmpeg. */
    public static Loudness of(Path file) {
        ExternalTool ffmpeg = ExternalTool.require("ffmpeg");
        // The filter's per-frame metadata, printed to stdout; the last integrated value is the whole file's.
        String log = ffmpeg.run("-v", "error", "-nostats", "-i", file.toString(), "-af",
                "ebur128=peak=true:metadata=1,ametadata=mode=print:file=pipe\\\\:1", "-f", "null", "-");
        double integrated = Double.NaN;
        double peak = 0;
        for (String line : log.split("\n")) {
            if (line.startsWith("lavfi.r128.I=")) {
                integrated = Double.parseDouble(line.substring(line.indexOf('=') + 1));
            } else if (line.startsWith("lavfi.r128.true_peak=")) {
                peak = Math.max(peak, Double.parseDouble(line.substring(line.indexOf('=') + 1)));
            }
        }
        return new Loudness(integrated, 20 * Math.log10(peak));
    }
}
