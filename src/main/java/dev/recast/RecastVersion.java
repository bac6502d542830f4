package dev.recast;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Maven stamped into {@code recast.properties}, for {@code --version} and files' software tags. */
public final class RecastVersion {

    private RecastVersion() {
    }

    /** The version, or {@code "unknown"} when the resource is missing or unreadable. */
    public static String current() {
        try (InputStream in = RecastVersion.class.getResourceAsStream("/dev/recast/recast.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
