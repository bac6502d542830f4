package dev.recast.ingest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The manifest's {@code "voices"}: which profile reads each role, and which reads a named
 * speaker. Every field may be null (Recast's defaults apply).
 *
 * @param narrator the narrator's profile
 * @param quote the profile for quotations
 * @param heading the profile for chapter and sub-chapter titles
 * @param speakers speaker name → profile, in the manifest's order
 */
public record VoiceMapping(String narrator, String quote, String heading, Map<String, String> speakers) {

    public static final VoiceMapping NONE = new VoiceMapping(null, null, null, Map.of());

    public VoiceMapping {
        speakers = speakers == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(speakers));
    }

    public static VoiceMapping narrator(String narrator) {
        return new VoiceMapping(narrator, null, null, Map.of());
    }
}
