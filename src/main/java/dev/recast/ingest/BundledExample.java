package dev.recast.ingest;

import dev.recast.RecastException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * The example episode packed into the jar (the repository's {@code examples/} folder), read
 * where it lies: a plain directory when running from classes, a zip file system inside the jar.
 */
public final class BundledExample {

    public static final String NAME = "reading-the-tides";
    private static final String RESOURCE = "/dev/recast/examples/" + NAME + "/" + EpisodeReader.MANIFEST;

    private BundledExample() {
    }

    public static EpisodeSource read(EpisodeReader reader) throws RecastException {
        URL manifest = BundledExample.class.getResource(RESOURCE);
        if (manifest == null) {
            throw new RecastException(RecastException.Kind.ENVIRONMENT, null,
                    "the bundled example is missing from this build (" + RESOURCE + ")");
        }
        try {
            URI uri = manifest.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return reader.read(Path.of(uri).getParent());
            }
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return reader.read(jar.provider().getPath(uri).getParent());
            }
        } catch (URISyntaxException | IOException e) {
            throw new RecastException(RecastException.Kind.ENVIRONMENT, null,
                    "cannot open the bundled example: " + e.getMessage(), e);
        }
    }
}
