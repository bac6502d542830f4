package dev.recast.audio;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An ID3v2.3 tag to put before MP3 frames: title, artist, album, track, date and comment frames,
 * the front cover ({@code APIC}), then a {@code CHAP} frame per chapter (each with a {@code TIT2} title) and one top-level,
 * ordered {@code CTOC} listing them all (ID3v2 Chapter Frame Addendum 1.0). A CTOC counts its
 * entries in one byte, so past 255 chapters the top-level one lists child CTOCs
 * ({@code toc-1}, {@code toc-2}, ...) of 255 chapters each, as the addendum provides.
 *
 * <p>Version 2.3 because podcast apps read its chapters most widely. Text goes out as ISO-8859-1
 * when it fits and as UTF-16 with a byte-order mark otherwise, the two encodings 2.3 defines. The
 * tag has no padding and no timestamps, so the same input gives the same bytes.
 */
public final class Id3Tag {

    private static final int HEADER_SIZE = 10;
    private static final int MAX_TAG_SIZE = (1 << 28) - 1; // a syncsafe 28-bit size
    private static final int MAX_TOC_ENTRIES = 255; // CTOC's entry count is one byte
    private static final long UNKNOWN_OFFSET = 0xFFFF_FFFFL;
    private static final int ENCODING_LATIN_1 = 0;
    private static final int ENCODING_UTF_16 = 1;
    private static final int TOC_TOP_LEVEL = 0x02;
    private static final int TOC_ORDERED = 0x01;
    private static final int PICTURE_FRONT_COVER = 3;
    static final String TOC_ID = "toc";

    /**
     * An image to attach as the front cover.
     *
     * @param mimeType {@code image/png} or {@code image/jpeg}
     * @param data the image file
     */
    public record Picture(String mimeType, byte[] data) {
        public Picture {
            if (mimeType == null || mimeType.isEmpty() || !isLatin1(mimeType)) {
                throw new IllegalArgumentException("a picture has a MIME type in ISO-8859-1: " + mimeType);
            }
            Objects.requireNonNull(data, "data");
        }
    }

    private Id3Tag() {
    }

    /** The whole tag without a picture. */
    public static byte[] render(TagFields fields, List<ChapterMark> chapters) {
        return render(fields, chapters, Optional.empty());
    }

    /**
     * The whole tag, header included.
     *
     * @param chapters in playing order, starts not decreasing, ids unique and not those of the
     *     tables of contents ({@value #TOC_ID}, {@code toc-1}, ...)
     * @param cover the front cover, when there is one
     * @throws IllegalArgumentException for chapters out of order, duplicated ids, more than
     *     255 × 255 chapters, or a tag past ID3v2's 256 MB
     */
    public static byte[] render(TagFields fields, List<ChapterMark> chapters, Optional<Picture> cover) {
        checkChapters(chapters);
        ByteArrayOutputStream frames = new ByteArrayOutputStream();
        writeText(frames, "TIT2", fields.title());
        writeText(frames, "TPE1", fields.artist());
        writeText(frames, "TALB", fields.album());
        writeText(frames, "TRCK", Integer.toString(fields.track()));
        if (fields.date() != null) {
            // 2.3 has no full date frame: the year, and the day and month as DDMM.
            writeText(frames, "TYER", fields.date().substring(0, 4));
            if (fields.date().length() == 10) {
                writeText(frames, "TDAT", fields.date().substring(8, 10) + fields.date().substring(5, 7));
            }
        }
        if (fields.comment() != null) {
            writeFrame(frames, "COMM", comment(fields.comment()));
        }
        if (cover.isPresent()) {
            writeFrame(frames, "APIC", picture(cover.get()));
        }
        for (ChapterMark chapter : chapters) {
            writeFrame(frames, "CHAP", chapterFrame(chapter));
        }
        if (chapters.size() <= MAX_TOC_ENTRIES) {
            if (!chapters.isEmpty()) {
                writeFrame(frames, "CTOC", tocFrame(TOC_ID, TOC_TOP_LEVEL | TOC_ORDERED,
                        chapters.stream().map(ChapterMark::id).toList()));
            }
        } else {
            List<String> children = new ArrayList<>();
            for (int from = 0; from < chapters.size(); from += MAX_TOC_ENTRIES) {
                String child = childTocId(children.size() + 1);
                children.add(child);
                writeFrame(frames, "CTOC", tocFrame(child, TOC_ORDERED, chapters
                        .subList(from, Math.min(chapters.size(), from + MAX_TOC_ENTRIES)).stream()
                        .map(ChapterMark::id).toList()));
            }
            writeFrame(frames, "CTOC", tocFrame(TOC_ID, TOC_TOP_LEVEL | TOC_ORDERED, children));
        }

        int size = frames.size();
        if (size > MAX_TAG_SIZE) {
            throw new IllegalArgumentException("an ID3v2 tag holds at most " + MAX_TAG_SIZE + " bytes, not " + size);
        }
        ByteArrayOutputStream tag = new ByteArrayOutputStream(HEADER_SIZE + size);
        tag.writeBytes(new byte[] {'I', 'D', '3', 3, 0, 0});
        tag.writeBytes(syncsafe(size));
        tag.writeBytes(frames.toByteArray());
        return tag.toByteArray();
    }

    private static void checkChapters(List<ChapterMark> chapters) {
        if (chapters.size() > MAX_TOC_ENTRIES * MAX_TOC_ENTRIES) {
            throw new IllegalArgumentException("two levels of ID3 tables of contents list at most "
                    + MAX_TOC_ENTRIES * MAX_TOC_ENTRIES + " chapters, not " + chapters.size());
        }
        Set<String> ids = new HashSet<>(Set.of(TOC_ID));
        if (chapters.size() > MAX_TOC_ENTRIES) {
            for (int child = 1; child <= (chapters.size() + MAX_TOC_ENTRIES - 1) / MAX_TOC_ENTRIES; child++) {
                ids.add(childTocId(child));
            }
        }
        long lastStart = 0;
        for (ChapterMark chapter : chapters) {
            if (!ids.add(chapter.id())) {
                throw new IllegalArgumentException("chapter id used twice: " + chapter.id());
            }
            if (chapter.startMillis() < lastStart) {
                throw new IllegalArgumentException("chapter " + chapter.id() + " starts before the one ahead of it");
            }
            lastStart = chapter.startMillis();
        }
    }

    private static byte[] chapterFrame(ChapterMark chapter) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        writeTerminated(body, chapter.id());
        writeInt(body, chapter.startMillis());
        writeInt(body, chapter.endMillis());
        writeInt(body, UNKNOWN_OFFSET); // byte offsets unknown: readers use the times
        writeInt(body, UNKNOWN_OFFSET);
        writeText(body, "TIT2", chapter.title());
        return body.toByteArray();
    }

    private static String childTocId(int number) {
        return TOC_ID + "-" + number;
    }

    private static byte[] tocFrame(String id, int flags, List<String> entries) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        writeTerminated(body, id);
        body.write(flags);
        body.write(entries.size());
        for (String entry : entries) {
            writeTerminated(body, entry);
        }
        return body.toByteArray();
    }

    private static byte[] comment(String text) {
        boolean latin1 = isLatin1(text);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(latin1 ? ENCODING_LATIN_1 : ENCODING_UTF_16);
        body.writeBytes("eng".getBytes(StandardCharsets.US_ASCII));
        // An empty short description, terminated in the frame's encoding, then the text.
        body.writeBytes(latin1 ? new byte[] {0} : new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 0});
        body.writeBytes(text.getBytes(latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_16));
        return body.toByteArray();
    }

    /** Latin-1 text encoding, the MIME type, "front cover", an empty description, the image. */
    private static byte[] picture(Picture picture) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(ENCODING_LATIN_1);
        writeTerminated(body, picture.mimeType());
        body.write(PICTURE_FRONT_COVER);
        body.write(0);
        body.writeBytes(picture.data());
        return body.toByteArray();
    }

    private static void writeText(ByteArrayOutputStream out, String id, String text) {
        if (text == null) {
            return;
        }
        boolean latin1 = isLatin1(text);
        // Java's UTF-16 encoder writes a big-endian byte-order mark first, as 2.3 requires.
        Charset charset = latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_16;
        byte[] encoded = text.getBytes(charset);
        byte[] body = new byte[1 + encoded.length];
        body[0] = (byte) (latin1 ? ENCODING_LATIN_1 : ENCODING_UTF_16);
        System.arraycopy(encoded, 0, body, 1, encoded.length);
        writeFrame(out, id, body);
    }

    private static void writeFrame(ByteArrayOutputStream out, String id, byte[] body) {
        out.writeBytes(id.getBytes(StandardCharsets.US_ASCII));
        writeInt(out, body.length); // 2.3 frame sizes are plain big-endian, unlike the tag's
        out.write(0); // no frame flags
        out.write(0);
        out.writeBytes(body);
    }

    private static void writeTerminated(ByteArrayOutputStream out, String ascii) {
        out.writeBytes(ascii.getBytes(StandardCharsets.ISO_8859_1));
        out.write(0);
    }

    private static void writeInt(ByteArrayOutputStream out, long value) {
        out.write((int) (value >>> 24));
        out.write((int) (value >>> 16));
        out.write((int) (value >>> 8));
        out.write((int) value);
    }

    private static byte[] syncsafe(int size) {
        return new byte[] {(byte) (size >>> 21 & 0x7F), (byte) (size >>> 14 & 0x7F), (byte) (size >>> 7 & 0x7F),
                (byte) (size & 0x7F)};
    }

    private static boolean isLatin1(String text) {
        return text.chars().allMatch(c -> c > 0 && c <= 0xFF);
    }
}
