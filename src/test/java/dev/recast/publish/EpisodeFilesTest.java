package dev.recast.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.recast.episode.SectionSpan;
import dev.recast.episode.Timeline;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EpisodeFilesTest {

    @Test
    void sectionFilesAreNumberedAndNamedByTitle() {
        EpisodeFiles files = EpisodeFiles.of(TestEpisode.TIMELINE);
        List<SectionSpan> spans = TestEpisode.TIMELINE.sections();
        assertEquals("sections/01-cafe-the-long-count.wav", files.sectionWav(spans.get(0)));
        assertEquals("sections/02-q-a-naive-questions.wav", files.sectionWav(spans.get(1)));
    }

    @Test
    void aHundredSectionsTakeThreeDigits() {
        long[] lengths = new long[100];
        Arrays.fill(lengths, 160);
        Timeline timeline = TestEpisode.sections(TestEpisode.FORMAT, lengths);
        EpisodeFiles files = EpisodeFiles.of(timeline);
        assertEquals("sections/001-part-1.wav", files.sectionWav(timeline.sections().get(0)));
        assertEquals("sections/100-part-100.wav", files.sectionWav(timeline.sections().get(99)));
    }

    @Test
    void sectionsWithTheSameTitleGetDifferentNames() {
        Timeline timeline = new Timeline(TestEpisode.FORMAT,
                List.of(new SectionSpan(1, "Intro", "a.txt", 0, 10), new SectionSpan(2, "Intro", "b.txt", 10, 20),
                        new SectionSpan(3, "!!!", "c.txt", 20, 30), new SectionSpan(4, "???", "d.txt", 30, 40)),
                List.of(), List.of(), 40);
        EpisodeFiles files = EpisodeFiles.of(timeline);
        Set<String> names = new HashSet<>();
        for (SectionSpan span : timeline.sections()) {
            names.add(files.sectionWav(span));
        }
        assertEquals(Set.of("sections/01-intro.wav", "sections/02-intro.wav", "sections/03-untitled.wav",
                "sections/04-untitled.wav"), names);
    }
}
