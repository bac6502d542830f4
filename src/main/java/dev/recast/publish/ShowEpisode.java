package dev.recast.publish;

import java.util.Objects;
import java.util.Optional;

/**
 * One episode of a show, as the show's own files list it.
 *
 * @param item the episode as the show's feed lists it, its folder's path from the show folder included
 * @param localAudio the audio local players are pointed at, relative to the episode folder (see
 *     {@link Publication#localAudio()}); empty when no audio is written
 * @param page whether the episode folder holds its page
 */
public record ShowEpisode(FeedItem item, Optional<String> localAudio, boolean page) {
    public ShowEpisode {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(localAudio, "localAudio");
    }
}
