package dev.recast.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.recast.storage.OutputDirectory;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files a render leaves under their final names, by relative name, for comparing renders:
 * what a reader of the folder opens, through the links to the current generation. Left out: the
 * marker, which records when each file was written, the generations themselves, and the hidden
 * temporary files a killed render may leave.
 */
public final class RenderedFiles {

    private RenderedFiles() {
    }

    public static Map<String, byte[]> contents(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (!name.equals(OutputDirectory.MARKER) && !name.endsWith(".tmp")
                        && !file.startsWith(root.resolve(OutputDirectory.STATE))) {
                    files.put(root.relativize(file).toString(), Files.readAllBytes(file));
                }
            }
        }
        return files;
    }

    /** Asserts that two folders hold the same files, byte for byte. */
    public static void assertSameFiles(Path expected, Path actual) throws IOException {
        Map<String, byte[]> want = contents(expected);
        Map<String, byte[]> got = contents(actual);
        assertEquals(want.keySet(), got.keySet());
        for (String name : want.keySet()) {
            assertArrayEquals(want.get(name), got.get(name), name);
        }
    }
}
