package dev.recast.synth;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's flite kal16 library ({@code libflite1}), for the tests that read it: absent, the test
 * is skipped, or fails under {@code RECAST_REQUIRE_TOOLS=1} as {@code ExternalTool}'s do.
 */
final class FliteLibrary {

    private FliteLibrary() {
    }

    static Path require() {
        if (Files.isReadable(FliteDiphones.LIBRARY)) {
            return FliteDiphones.LIBRARY;
        }
        String missing = FliteDiphones.LIBRARY + " is not installed (apt-get install libflite1)";
        if ("1".equals(System.getenv("RECAST_REQUIRE_TOOLS"))) {
            return fail(missing + " and RECAST_REQUIRE_TOOLS=1");
        }
        return Assumptions.abort(missing + "; skipping (set RECAST_REQUIRE_TOOLS=1 to fail instead)");
    }
}
