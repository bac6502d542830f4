package dev.recast.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The peak memory of a render, measured from outside as the kernel counts it. */
final class PeakMemory {

    private PeakMemory() {
    }

    /**
     * Peak resident set (VmHWM) of {@code recast render} in a child JVM started with this one's
     * options (the launcher's, when the bench runs from it), in bytes; -1 unknown.
     */
    static long ofRender(Path transcript, Path out) throws IOException, InterruptedException {
        Path cache = out.resolveSibling(out.getFileName() + "-cache");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.recast.cli.Main", "render",
                transcript.toString(), "-o", out.toString(), "--force", "--cache", cache.toString(), "-q"));
        Process child = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(out.resolveSibling(out.getFileName() + ".log").toFile()).start();
        Path status = Path.of("/proc", String.valueOf(child.pid()), "status");
        long peak = -1;
        while (!child.waitFor(100, TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, highWaterMark(status));
        }
        if (child.exitValue() != 0) {
            throw new IOException("the memory run failed; see " + out.resolveSibling(out.getFileName() + ".log"));
        }
        return peak;
    }

    private static long highWaterMark(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // The process ended between two looks, or there is no /proc here.
        }
        return -1;
    }
}
