package dev.recast.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recast.episode.Chapter;
import dev.recast.episode.Timeline;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PodcastChaptersTest {

    @Test
    void rendersEveryChapterWithItsStartAndEnd() {
        assertEquals("""
                {
                  "version": "1.2.0",
                  "title": "Recast: Episode 7",
                  "author": "Ana Núñez",
                  "chapters": [
                    {
                      "startTime": 0.000,
                      "endTime": 1.501,
                      "title": "Café: the Long Count!"
                    },
                    {
                      "startTime": 1.501,
                      "endTime": 2.500,
                      "title": "Q&A – naïve questions"
                    },
                    {
                      "startTime": 2.500,
                      "endTime": 3.001,
                      "title": "Follow-ups"
                    }
                  ]
                }
                """, PodcastChapters.render(TestEpisode.INFO, TestEpisode.TIMELINE));
    }

    @Test
    void parsesWithTimesAtTheChapterStarts() throws IOException {
        Timeline timeline = TestEpisode.TIMELINE;
        JsonNode root = new ObjectMapper().readTree(PodcastChapters.render(TestEpisode.INFO, timeline));

        assertEquals("1.2.0", root.path("version").asText());
        JsonNode chapters = root.path("chapters");
        List<Chapter> expected = timeline.chapters();
        assertEquals(expected.size(), chapters.size());
        for (int i = 0; i < expected.size(); i++) {
            Chapter chapter = expected.get(i);
            JsonNode parsed = chapters.path(i);
            assertEquals(chapter.title(), parsed.path("title").asText());
            double start = (double) chapter.startSample() / timeline.format().sampleRate();
            assertEquals(start, parsed.path("startTime").asDouble(), 0.0005);
            long end = i + 1 < expected.size() ? expected.get(i + 1).startSample() : timeline.totalSamples();
            assertEquals((double) end / timeline.format().sampleRate(), parsed.path("endTime").asDouble(), 0.0005);
        }
    }

    @Test
    void anUnknownAuthorIsLeftOut() {
        String json = PodcastChapters.render(new EpisodeInfo("Untold", null), TestEpisode.TIMELINE);
        assertFalse(json.contains("\"author\""), json);
    }

    @Test
    void aTimelineWithoutChaptersHasAnEmptyList() {
        Timeline none = new Timeline(TestEpisode.FORMAT, List.of(), List.of(), List.of(), 0);
        assertEquals("""
                {
                  "version": "1.2.0",
                  "title": "Untold",
                  "chapters": []
                }
                """, PodcastChapters.render(new EpisodeInfo("Untold", null), none));
    }
}
