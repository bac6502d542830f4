package dev.recast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFolderTest {

    @TempDir
    Path dir;

    @Test
    void dotAndDotSlashNameTheWorkingFolder() throws Exception {
        Path here = Path.of("").toAbsolutePath().toRealPath();
        for (String dot : new String[] {".", "./", ""}) {
            InputFolder folder = InputFolder.of(Path.of(dot));
            assertEquals(here, folder.real(), dot);
            assertEquals(here.resolve("pom.xml"), folder.confine(Path.of(dot).resolve("pom.xml")), dot);
        }
    }

    @Test
    void aFileLinkedOutIsRefusedAndOneLinkedWithinIsItsTarget() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path inside = Files.writeString(in.resolve("a.txt"), "a");
        Path outside = Files.writeString(dir.resolve("b.txt"), "b");
        Files.createSymbolicLink(in.resolve("in.txt"), Path.of("a.txt"));
        Files.createSymbolicLink(in.resolve("out.txt"), outside);
        InputFolder folder = InputFolder.of(in);
        assertEquals(inside.toRealPath(), folder.confine(in.resolve("in.txt")));
        RecastException e = assertThrows(RecastException.class, () -> folder.confine(in.resolve("out.txt")));
        assertEquals(RecastException.Kind.INPUT, e.kind());
        assertEquals("links outside the input folder (to " + outside.toRealPath() + ")", e.getMessage());
        assertThrows(RecastException.class, () -> folder.confine(in.resolve("../b.txt")));
    }

    @Test
    void aPathNotYetMadeIsJudgedByTheRealPathOfTheFolderAboveIt() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path alias = Files.createSymbolicLink(dir.resolve("alias"), in);
        InputFolder folder = InputFolder.of(in);
        assertTrue(folder.holds(alias.resolve("out/episode")));
        assertTrue(folder.holds(in.resolve("x/../y")));
        assertFalse(folder.holds(dir.resolve("out")));
        assertFalse(folder.holds(in.resolve("../out")));
    }
}
