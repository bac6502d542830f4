package dev.recast.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.recast.segment.Pause;
import dev.recast.segment.Role;
import dev.recast.segment.Utterance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CastingTest {

    private static final VoiceProfile NARRATOR = new VoiceProfile("narrator", "kevin16", 150, 100, 11, 0.9);
    private static final VoiceProfile QUOTE = new VoiceProfile("quote", "kevin16", 138, 124, 14, 0.9);
    private static final VoiceProfile HEADING = new VoiceProfile("heading", "kevin16", 125, 92, 9, 0.95);
    private static final VoiceProfile DEEP = new VoiceProfile("deep", "kevin16", 130, 70, 11, 0.9);

    private static Utterance u(int n, Role role, String speaker) {
        return new Utterance(String.format("01-%04d", n), 1, role, "x", "x", speaker, Pause.SENTENCE);
    }

    @Test
    void mappedSpeakerThenRoleThenAutomaticSpeakerThenNarrator() {
        List<Utterance> us = List.of(u(1, Role.HEADING, null), u(2, Role.NARRATION, "Ann"), u(3, Role.QUOTE, "Ann"),
                u(4, Role.QUOTE, "Bob"), u(5, Role.NARRATION, "Bob"), u(6, Role.NARRATION, null));
        Casting casting = Casting.of(NARRATOR, QUOTE, HEADING, Map.of("Ann", DEEP), us, Engines.standard());
        assertSame(HEADING, casting.profileFor(us.get(0)));
        assertSame(DEEP, casting.profileFor(us.get(1)));
        assertSame(DEEP, casting.profileFor(us.get(2)), "a mapped speaker keeps their voice in a quote");
        assertSame(QUOTE, casting.profileFor(us.get(3)));
        assertEquals(casting.speakers().get("Bob"), casting.profileFor(us.get(4)));
        assertSame(NARRATOR, casting.profileFor(us.get(5)));
        assertEquals(List.of("Bob"), casting.automatic());
    }

    @Test
    void automaticSpeakersAreDistinctDeterministicAndInOrderOfFirstAppearance() {
        List<Utterance> us = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            us.add(u(i + 1, Role.NARRATION, "Speaker " + (i % 25)));
        }
        Casting casting = Casting.of(NARRATOR, QUOTE, HEADING, Map.of(), us, Engines.standard());
        List<VoiceProfile> profiles = List.copyOf(casting.speakers().values());
        assertEquals(25, profiles.size());
        assertEquals("Speaker 0", casting.speakers().keySet().iterator().next());
        assertSame(NARRATOR, profiles.get(0), "the first speaker is the narrator as is");
        assertEquals(List.of(82.0, 142.0), List.of(profiles.get(1).pitch(), profiles.get(1).rate()), "-18 Hz, -8 wpm");
        assertEquals("narrator-18Hz-8wpm", profiles.get(1).name());
        for (int i = 0; i < profiles.size(); i++) {
            for (int j = i + 1; j < profiles.size(); j++) {
                assertFalse(profiles.get(i).soundsLike(profiles.get(j)), i + " and " + j + " sound alike");
            }
            assertFalse(profiles.get(i).soundsLike(QUOTE));
        }
        assertEquals(profiles, List.copyOf(Casting.of(NARRATOR, QUOTE, HEADING, Map.of(), us, Engines.standard()).speakers().values()));
    }
}
