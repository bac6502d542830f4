package dev.recast;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A small tmpfs mounted over a test folder, for a real full or read-only disk. Mounting needs root
 * and a system that permits it; {@link #mount} says whether it worked so a test can skip if not.
 */
public final class TmpfsMount {

    private TmpfsMount() {
    }

    /** Mounts a tmpfs of {@code options} (e.g. {@code "size=1m"} or {@code "ro,size=64k"}) over {@code folder}. */
    public static boolean mount(Path folder, String options) throws IOException, InterruptedException {
        return run("mount", "-t", "tmpfs", "-o", options, "tmpfs", folder.toString());
    }

    public static void unmount(Path folder) throws IOException, InterruptedException {
        run("umount", folder.toString());
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor() == 0;
        } catch (IOException notInstalled) {
            return false;
        }
    }
}
