package dev.recast.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FormatTest {

    @Test
    void aListNamesFormatsInAnyCaseAndSpacing() {
        assertEquals(Set.of(Format.WAV, Format.MP3), Format.parse("wav, MP3"));
    }

    @Test
    void defaultIsEverythingButM4b() {
        assertFalse(Format.DEFAULTS.contains(Format.M4B));
        assertEquals(EnumSet.allOf(Format.class).size() - 1, Format.DEFAULTS.size());
        assertEquals(Format.DEFAULTS, Format.parse("default"));
        assertTrue(Format.parse("default,m4b").containsAll(EnumSet.allOf(Format.class)));
        assertEquals(EnumSet.allOf(Format.class), EnumSet.copyOf(Format.parse("all")));
    }

    @Test
    void anUnknownFormatNamesTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Format.parse("wav,ogg"));
        assertEquals("unknown format 'ogg' (known: wav, mp3, m4b, playlists, chapters, captions, feed, page, default, all)",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Format.parse(" , "));
    }
}
