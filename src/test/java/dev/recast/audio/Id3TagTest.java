package dev.recast.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recast.ExternalTool;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Id3TagTest {

    private static final TagFields FIELDS = new TagFields("Café – Ñandú", "Mara Ellison", "Tides", 3, "2024-03-05",
            "Über the sea, ½ the story.");
    private static final List<ChapterMark> CHAPTERS = List.of(
            new ChapterMark("ch1", "The harbour clock", 0, 1_234),
            new ChapterMark("ch2", "Café – Ñandú", 1_234, 2_001),
            new ChapterMark("ch3", "Q&A", 2_001, 3_000));

    @TempDir
    Path dir;

    @Test
    void ffprobeReadsEveryTagAndChapter() throws Exception {
        ExternalTool ffprobe = ExternalTool.require("ffprobe");
        Path mp3 = TestMp3.tagged(TestMp3.tone(dir, 3), Id3Tag.render(FIELDS, CHAPTERS), dir.resolve("e.mp3"));

        JsonNode probe = new ObjectMapper().readTree(ffprobe.run("-v", "error", "-show_chapters", "-show_format",
                "-of", "json", mp3.toString()));

        JsonNode tags = probe.path("format").path("tags");
        assertEquals("Café – Ñandú", tags.path("title").asText());
        assertEquals("Mara Ellison", tags.path("artist").asText());
        assertEquals("Tides", tags.path("album").asText());
        assertEquals("3", tags.path("track").asText());
        assertEquals("2024-03-05", tags.path("date").asText());
        assertEquals("Über the sea, ½ the story.", tags.path("comment").asText());
        JsonNode chapters = probe.path("chapters");
        assertEquals(CHAPTERS.size(), chapters.size());
        for (int i = 0; i < CHAPTERS.size(); i++) {
            JsonNode chapter = chapters.path(i);
            assertEquals(CHAPTERS.get(i).title(), chapter.path("tags").path("title").asText());
            assertEquals("1/1000", chapter.path("time_base").asText());
            assertEquals(CHAPTERS.get(i).startMillis(), chapter.path("start").asLong());
            assertEquals(CHAPTERS.get(i).endMillis(), chapter.path("end").asLong());
        }
    }

    @Test
    void theCoverIsAnApicFrameFfprobeShowsAsAnAttachedPicture() throws Exception {
        ExternalTool ffprobe = ExternalTool.require("ffprobe");
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB), "png", png);
        Path mp3 = TestMp3.tagged(TestMp3.tone(dir, 3), Id3Tag.render(FIELDS, CHAPTERS,
                Optional.of(new Id3Tag.Picture("image/png", png.toByteArray()))), dir.resolve("e.mp3"));

        JsonNode streams = new ObjectMapper().readTree(ffprobe.run("-v", "error", "-show_streams", "-show_chapters",
                "-of", "json", mp3.toString()));
        JsonNode picture = streams.path("streams").path(1);
        assertEquals("video", picture.path("codec_type").asText(), streams::toString);
        assertEquals("png", picture.path("codec_name").asText());
        assertEquals(1, picture.path("disposition").path("attached_pic").asInt());
        assertEquals("Cover (front)", picture.path("tags").path("comment").asText());
        assertEquals(CHAPTERS.size(), streams.path("chapters").size());
        // Our own reader passes over the picture to the tags and chapters after it.
        Mp3File read = Mp3Reader.read(mp3);
        assertEquals(CHAPTERS, read.chapters());
        assertEquals("Café – Ñandú", read.tags().get("TIT2"));
    }

    @Test
    void apicHoldsTheMimeTypeFrontCoverAnEmptyDescriptionAndTheImage() {
        byte[] image = {1, 2, 3, 4, 5};
        byte[] tag = Id3Tag.render(new TagFields("T", null, null, 1, null, null), List.of(),
                Optional.of(new Id3Tag.Picture("image/jpeg", image)));
        String text = new String(tag, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("APIC");
        assertTrue(at > 0, text);
        byte[] body = Arrays.copyOfRange(tag, at + 10, tag.length);
        assertArrayEquals(new byte[] {0, 0, 0, 19}, Arrays.copyOfRange(tag, at + 4, at + 8), "frame size");
        assertArrayEquals(new byte[] {0, 'i', 'm', 'a', 'g', 'e', '/', 'j', 'p', 'e', 'g', 0, 3, 0, 1, 2, 3, 4, 5},
                Arrays.copyOf(body, 19));
    }

    @Test
    void ourReaderReadsTheTagBackAndTheExactLength() throws Exception {
        Path mp3 = TestMp3.tagged(TestMp3.tone(dir, 3), Id3Tag.render(FIELDS, CHAPTERS), dir.resolve("e.mp3"));

        Mp3File read = Mp3Reader.read(mp3);

        assertEquals(Map.of("TIT2", "Café – Ñandú", "TPE1", "Mara Ellison", "TALB", "Tides", "TRCK", "3",
                "TDRC", "2024-03-05", "COMM", "Über the sea, ½ the story."), read.tags());
        assertEquals(List.of("TIT2", "TPE1", "TALB", "TRCK", "COMM", "TDRC"), new ArrayList<>(read.tags().keySet()));
        assertEquals(CHAPTERS, read.chapters());
        assertEquals(16_000, read.sampleRate());
        assertEquals(1, read.channels());
        assertEquals(3 * 16_000, read.samples());
        assertEquals(true, read.gapless());
    }

    @Test
    void headerFramesAndTableOfContentsAreLaidOutAsVersion23() {
        byte[] tag = Id3Tag.render(new TagFields("T", null, null, 1, "2024", null),
                List.of(new ChapterMark("a", "A", 0, 5), new ChapterMark("b", "B", 5, 9)));

        assertArrayEquals(new byte[] {'I', 'D', '3', 3, 0, 0}, Arrays.copyOf(tag, 6));
        assertEquals(tag.length - 10, tag[9] | tag[8] << 7);
        String text = new String(tag, StandardCharsets.ISO_8859_1);
        // Only the frames given: no TPE1, TALB, TDAT or COMM; TYER for a bare year.
        assertEquals(List.of("TIT2", "TRCK", "TYER", "CHAP", "CHAP", "CTOC"), frameIds(tag));
        int toc = text.indexOf("CTOC") + 10;
        assertEquals("toc\0", text.substring(toc, toc + 4));
        assertEquals(0x03, tag[toc + 4]); // top-level and ordered
        assertEquals(2, tag[toc + 5]);
        assertEquals("a\0b\0", text.substring(toc + 6, toc + 10));
        int chap = text.indexOf("CHAP") + 10;
        assertEquals("b\0", text.substring(text.indexOf("CHAP", chap) + 10, text.indexOf("CHAP", chap) + 12));
        assertEquals("a\0\0\0\0\0\0\0\0\5\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u00ffTIT2",
                text.substring(chap, chap + 22));
    }

    @Test
    void pastTwoHundredAndFiftyFiveChaptersTheTopLevelTableListsChildTables() throws Exception {
        List<ChapterMark> many = IntStream.range(0, 600)
                .mapToObj(i -> new ChapterMark("ch" + (i + 1), "Part " + (i + 1), i * 4L, (i + 1) * 4L)).toList();
        byte[] tag = Id3Tag.render(new TagFields("T", null, null, 1, null, null), many);
        List<String> ids = frameIds(tag);
        assertEquals(600, ids.stream().filter("CHAP"::equals).count());
        assertEquals(List.of("CTOC", "CTOC", "CTOC", "CTOC"), ids.subList(ids.size() - 4, ids.size()));
        String text = new String(tag, StandardCharsets.ISO_8859_1);
        int first = text.indexOf("toc-1\0");
        assertEquals(0x01, tag[first + 6]); // ordered, not top-level
        assertEquals((byte) 255, tag[first + 7]);
        assertTrue(text.startsWith("ch1\0ch2\0", first + 8));
        int third = text.indexOf("toc-3\0");
        assertEquals(90, tag[third + 7]);
        int root = text.lastIndexOf("toc\0");
        assertEquals(0x03, tag[root + 4]); // top-level and ordered
        assertEquals(3, tag[root + 5]);
        assertEquals("toc-1\0toc-2\0toc-3\0", text.substring(root + 6, root + 24));

        ExternalTool ffprobe = ExternalTool.require("ffprobe");
        Path mp3 = TestMp3.tagged(TestMp3.tone(dir, 3), tag, dir.resolve("many.mp3"));
        JsonNode chapters = new ObjectMapper().readTree(ffprobe.run("-v", "error", "-show_chapters", "-of", "json",
                mp3.toString())).path("chapters");
        assertEquals(600, chapters.size());
        assertEquals("Part 600", chapters.path(599).path("tags").path("title").asText());
        assertEquals(2396, chapters.path(599).path("start").asLong());
    }

    @Test
    void theSameInputGivesTheSameBytes() {
        assertArrayEquals(Id3Tag.render(FIELDS, CHAPTERS), Id3Tag.render(FIELDS, CHAPTERS));
    }

    @Test
    void rejectsChaptersItCannotListCorrectly() {
        assertThrows(IllegalArgumentException.class, () -> Id3Tag.render(FIELDS,
                List.of(new ChapterMark("a", "A", 0, 1), new ChapterMark("a", "B", 1, 2))));
        assertThrows(IllegalArgumentException.class, () -> Id3Tag.render(FIELDS,
                List.of(new ChapterMark("a", "A", 5, 6), new ChapterMark("b", "B", 1, 2))));
        assertThrows(IllegalArgumentException.class, () -> Id3Tag.render(FIELDS,
                List.of(new ChapterMark("toc", "A", 0, 1))));
        List<ChapterMark> tooMany = IntStream.range(0, 255 * 255 + 1)
                .mapToObj(i -> new ChapterMark("c" + i, "", i, i)).toList();
        assertThrows(IllegalArgumentException.class, () -> Id3Tag.render(FIELDS, tooMany));
        List<ChapterMark> clash = IntStream.range(0, 256).mapToObj(i -> new ChapterMark("toc-" + (i + 1), "", i, i))
                .toList();
        assertThrows(IllegalArgumentException.class, () -> Id3Tag.render(FIELDS, clash));
        assertThrows(IllegalArgumentException.class, () -> new TagFields("T", null, null, 0, null, null));
        assertThrows(IllegalArgumentException.class, () -> new TagFields("T", null, null, 1, "5 March", null));
    }

    /** The ids of the top-level frames, walking their 2.3 (plain big-endian) sizes. */
    private static List<String> frameIds(byte[] tag) {
        List<String> ids = new ArrayList<>();
        for (int at = 10; at + 10 <= tag.length; ) {
            ids.add(new String(tag, at, 4, StandardCharsets.ISO_8859_1));
            int size = (tag[at + 4] & 0xFF) << 24 | (tag[at + 5] & 0xFF) << 16 | (tag[at + 6] & 0xFF) << 8
                    | (tag[at + 7] & 0xFF);
            at += 10 + size;
        }
        return ids;
    }
}
