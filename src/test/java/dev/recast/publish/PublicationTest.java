package dev.recast.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which file is the episode's audio, for each kind of link, with every choice of WAV and MP3. */
class PublicationTest {

    @Test
    void browsersAndPodcastAppsStreamTheMp3AndLocalPlayersTheWav() {
        Publication both = TestEpisode.publication(EnumSet.of(Format.WAV, Format.MP3), null);
        assertEquals(Optional.of(EpisodeFiles.EPISODE_MP3), both.streamedAudio());
        assertEquals(Optional.of(EpisodeFiles.EPISODE_WAV), both.localAudio());
        assertEquals(Optional.of(EpisodeFiles.EPISODE_WAV), both.episodeWav());
    }

    @Test
    void theOneAudioFileWrittenIsEveryonesAudio() {
        Publication wav = TestEpisode.publication(EnumSet.of(Format.WAV), null);
        assertEquals(Optional.of(EpisodeFiles.EPISODE_WAV), wav.streamedAudio());
        assertEquals(Optional.of(EpisodeFiles.EPISODE_WAV), wav.localAudio());

        Publication mp3 = TestEpisode.publication(EnumSet.of(Format.MP3, Format.M4B), null);
        assertEquals(Optional.of(EpisodeFiles.EPISODE_MP3), mp3.streamedAudio());
        assertEquals(Optional.of(EpisodeFiles.EPISODE_MP3), mp3.localAudio());
        assertEquals(Optional.empty(), mp3.episodeWav());
    }

    @Test
    void withoutWavOrMp3ThereIsNothingToLinkTo() {
        Publication m4b = TestEpisode.publication(EnumSet.of(Format.M4B, Format.PAGE), null);
        assertEquals(Optional.empty(), m4b.streamedAudio());
        assertEquals(Optional.empty(), m4b.localAudio());
        assertFalse(Publication.writesLinkableAudio(EnumSet.of(Format.M4B, Format.PAGE)));
        assertTrue(Publication.writesLinkableAudio(EnumSet.of(Format.MP3)));
        assertTrue(Publication.writesLinkableAudio(EnumSet.of(Format.WAV)));
    }
}
