package dev.recast.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FliteDiphonesTest {

    @Test
    void readsTheThirtyNineClusterDiphonesOfFlitesKal16() throws IOException {
        FliteDiphones clusters = FliteDiphones.read(FliteLibrary.require(),
                name -> name.contains(FliteDiphones.CLUSTER_MARK));
        assertEquals(16_000, clusters.sampleRate());
        assertEquals(16, clusters.order());
        assertEquals(39, clusters.units().size());
        assertTrue(clusters.units().keySet().containsAll(Set.of("t_-_r", "s_-_t", "k_-_l", "p_-_l", "hh_-_y")));
        FliteDiphones.Unit tr = clusters.units().get("t_-_r");
        assertEquals(10, tr.midpoint());
        assertEquals(13, tr.frames().size());
        for (FliteDiphones.Frame frame : tr.frames()) {
            assertEquals(16, frame.coefficients().length);
            // Pitch periods at 16 kHz: 2.5 to 20 ms.
            assertTrue(frame.residual().length >= 40 && frame.residual().length <= 320, "" + frame.residual().length);
        }
    }

    @Test
    void theDigestNamesTheDataReadAndIsTheSameEachTime() throws IOException {
        Path library = FliteLibrary.require();
        FliteDiphones once = FliteDiphones.read(library, name -> name.contains(FliteDiphones.CLUSTER_MARK));
        FliteDiphones again = FliteDiphones.read(library, name -> name.contains(FliteDiphones.CLUSTER_MARK));
        FliteDiphones other = FliteDiphones.read(library, List.of("t-r", "s-t")::contains);
        assertTrue(once.digest().matches("[0-9a-f]{8}"), once.digest());
        assertEquals(once.digest(), again.digest());
        assertTrue(!once.digest().equals(other.digest()));
        assertEquals(once.digest(), FliteDiphones.installedClusters().orElseThrow().digest());
    }

    @Test
    void aFileThatIsNotFlitesIsRefused(@TempDir Path folder) throws IOException {
        Path other = Files.writeString(folder.resolve("libother.so"), "\u007fELF and then nothing useful");
        assertThrows(IOException.class, () -> FliteDiphones.read(other, name -> true));
    }
}
