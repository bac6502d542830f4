package dev.recast.publish;

import dev.recast.audio.PcmFormat;
import dev.recast.clean.Removal;
import dev.recast.clean.RemovalReason;
import dev.recast.clean.Section;
import dev.recast.episode.Chapter;
import dev.recast.episode.Placed;
import dev.recast.episode.SectionSpan;
import dev.recast.episode.Timeline;
import dev.recast.segment.Pause;
import dev.recast.segment.Role;
import dev.recast.segment.Utterance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Timelines built by hand, with offsets chosen so rounding to the millisecond matters. */
final class TestEpisode {

    static final PcmFormat FORMAT = PcmFormat.SPEECH_16K;
    static final EpisodeInfo INFO = new EpisodeInfo("Recast: Episode 7", "Ana Núñez");

    /**
     * Two sections of 24 008 samples (1500.5 ms each). Rounding each length would give 1.501 twice,
     * 3.002 in all; the episode lasts 3001 ms.
     */
    static final Timeline TIMELINE = new Timeline(FORMAT,
            List.of(new SectionSpan(1, "Café: the Long Count!", "01 intro.txt", 0, 24_008),
                    new SectionSpan(2, "Q&A – naïve questions", "02-qa.txt", 24_008, 48_016)),
            List.of(new Placed(new Utterance("01-0001", 1, Role.HEADING, "Café: the Long Count!",
                            "Cafe: the Long Count!", null, Pause.CHAPTER), 0, 12_000, 18_000),
                    new Placed(new Utterance("01-0002", 1, Role.NARRATION, "It took 3 years.",
                            "It took three years.", "Ana", Pause.SECTION), 18_000, 22_001, 24_008),
                    new Placed(new Utterance("02-0001", 2, Role.QUOTE, "“Why?”", "Why?", "Bo",
                            Pause.CHAPTER), 24_008, 30_000, 40_001),
                    new Placed(new Utterance("02-0002", 2, Role.SUBHEADING, "Follow-ups", "Follow-ups",
                            null, Pause.SECTION), 40_001, 44_000, 48_016)),
            List.of(new Chapter("Café: the Long Count!", 1, 0),
                    new Chapter("Q&A – naïve questions", 1, 24_008),
                    new Chapter("Follow-ups", 2, 40_001)),
            48_016);

    static final List<Section> SECTIONS = List.of(
            new Section(1, "01 intro.txt", "Café: the Long Count!", List.of(),
                    List.of(new Removal(1, "Transcript by Example Co.", RemovalReason.BOILERPLATE),
                            new Removal(4, "Heading", RemovalReason.MARKUP))),
            new Section(2, "02-qa.txt", "Q&A – naïve questions", List.of(), List.of()));

    private TestEpisode() {
    }

    /** {@link #TIMELINE} published with these formats; the voices are not what these outputs show. */
    static Publication publication(Set<Format> formats, String baseUrl) {
        return new Publication(INFO, TIMELINE, SECTIONS, null, EpisodeFiles.of(TIMELINE), formats, Optional.ofNullable(baseUrl));
    }

    /** Sections of the given lengths, each titled "Part n", with one chapter at each start. */
    static Timeline sections(PcmFormat format, long... lengths) {
        List<SectionSpan> spans = new ArrayList<>();
        List<Chapter> chapters = new ArrayList<>();
        long start = 0;
        for (int i = 0; i < lengths.length; i++) {
            String title = "Part " + (i + 1);
            spans.add(new SectionSpan(i + 1, title, "part" + (i + 1) + ".txt", start, start + lengths[i]));
            chapters.add(new Chapter(title, 1, start));
            start += lengths[i];
        }
        return new Timeline(format, spans, List.of(), chapters, start);
    }
}
