package dev.recast.cli;

import java.io.IOException;
import java.nio.file.Path;

/** A read-only tmpfs over a test folder, where the OS permits mounting (root, not in a locked-down container). */
final class ReadOnlyMount {

    private ReadOnlyMount() {
    }

    static boolean mount(Path folder) throws IOException, InterruptedException {
        return run("mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", folder.toString());
    }

    static void unmount(Path folder) throws IOException, InterruptedException {
        run("umount", folder.toString());
    }

    static boolean run(String... command) throws IOException, InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor() == 0;
        } catch (IOException notInstalled) {
            return false;
        }
    }
}
