package dev.recast.publish;

import dev.recast.ingest.CoverArt;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cover of a show that has none of its own: its title, large, and its author below, in light
 * ink on a plain dark background picked from the title, as a 3000 × 3000 PNG.
 *
 * <p>The same title and author give the same bytes on any machine: the text is set in the bundled
 * DejaVu Sans Bold (never a system font, which differ between machines and may be missing), its
 * outlines filled by Java2D's own rasterizer into a coverage mask, and the mask written as an
 * indexed PNG whose palette runs from the background to the ink ({@link IndexedPng}).
 */
public final class GeneratedCover {

    /** The side of the square, the largest podcast directories take. */
    public static final int SIZE = 3000;
    private static final int MARGIN = 300;
    private static final int BOX = SIZE - 2 * MARGIN;
    private static final float LARGEST_TITLE = 420;
    private static final float SMALLEST_TITLE = 110;
    private static final float SIZE_STEP = 6;
    private static final int MOST_TITLE_LINES = 6;
    private static final int MOST_AUTHOR_LINES = 2;
    private static final float LINE_PITCH = 1.14f; // of the font size, baseline to baseline
    private static final float AUTHOR_SCALE = 0.4f; // of the title's size
    private static final float LARGEST_AUTHOR = 130;
    private static final float RULE_GAP = 0.55f; // of the title's size, above and below the rule
    private static final int RULE_WIDTH = 260;
    private static final int RULE_HEIGHT = 14;
    /** The author's ink, as a coverage level: a little softer than the title's full ink. */
    private static final int AUTHOR_LEVEL = 205;
    private static final int FULL = 255;
    private static final int INK = 0xFAF6EE;
    /** Dark backgrounds the ink reads well on; a show's title picks one. */
    private static final int[] BACKGROUNDS = {0x1F3A5F, 0x0F5257, 0x5B2A4E, 0x2D4A2B, 0x8C2F1C, 0x34405E, 0x3B3B3B,
            0x6B3E26};
    private static final String FONT = "DejaVuSans-Bold.ttf";
    /** The size widths are measured at, large enough that rounding inside the font scaler is negligible. */
    private static final float MEASURING_SIZE = 1000;
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private GeneratedCover() {
    }

    /** The cover for a show with this title and author. */
    public static CoverArt draw(String title, Optional<String> author) {
        BufferedImage mask = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = mask.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            Layout.of(title.strip(), author.map(String::strip).filter(a -> !a.isEmpty())).paint(g);
        } finally {
            g.dispose();
        }
        byte[] pixels = ((DataBufferByte) mask.getRaster().getDataBuffer()).getData();
        return new CoverArt(IndexedPng.write(pixels, SIZE, SIZE, palette(background(title))), CoverArt.PNG, SIZE, SIZE);
    }

    /** One of {@link #BACKGROUNDS}, by the title's hash: {@code String.hashCode} is the same in every JVM. */
    static int background(String title) {
        return BACKGROUNDS[Math.floorMod(title.strip().hashCode(), BACKGROUNDS.length)];
    }

    /** Coverage 0 to 255 as the background blended toward the ink: the mask's levels as colours, RGB a level. */
    private static byte[] palette(int background) {
        byte[] rgb = new byte[3 * 256];
        for (int level = 0; level < 256; level++) {
            rgb[3 * level] = (byte) blend(background >> 16, INK >> 16, level);
            rgb[3 * level + 1] = (byte) blend(background >> 8, INK >> 8, level);
            rgb[3 * level + 2] = (byte) blend(background, INK, level);
        }
        return rgb;
    }

    private static int blend(int from, int to, int level) {
        int a = from & 0xFF;
        int z = to & 0xFF;
        return (a * (FULL - level) + z * level + FULL / 2) / FULL;
    }

    /** The bundled font, at size 1: read once, as fonts are immutable. */
    private static final class Typeface {
        static final Font BOLD = load();
        /** The height of a capital H, in ems: where the block's top is measured from. */
        static final float CAP_HEIGHT = (float) -new TextLayout("H", BOLD.deriveFont(MEASURING_SIZE), CONTEXT)
                .getOutline(null).getBounds2D().getMinY() / MEASURING_SIZE;

        private static Font load() {
            try (InputStream in = GeneratedCover.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IllegalStateException("the jar lacks " + FONT);
                }
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException | FontFormatException e) {
                throw new IllegalStateException("cannot load the bundled " + FONT + ": " + e.getMessage(), e);
            }
        }
    }

    /** The lines of title and author at the sizes that fit, and where they go. */
    private record Layout(List<String> titleLines, float titleSize, List<String> authorLines, float authorSize) {

        /**
         * The largest title size whose lines number at most {@link #MOST_TITLE_LINES} and leave the
         * author room in the box, the lines then balanced; at the smallest size, a title still too
         * long is cut.
         */
        static Layout of(String title, Optional<String> author) {
            Widths widths = new Widths();
            for (float size = LARGEST_TITLE; size >= SMALLEST_TITLE; size -= SIZE_STEP) {
                int lines = wrap(title, widths, size, BOX).size();
                float authorSize = Math.min(LARGEST_AUTHOR, size * AUTHOR_SCALE);
                List<String> authorLines = author.map(a -> fitted(a, widths, authorSize, MOST_AUTHOR_LINES))
                        .orElse(List.of());
                if (lines <= MOST_TITLE_LINES && height(lines, size, authorLines.size(), authorSize) <= BOX) {
                    return new Layout(balanced(title, widths, size, MOST_TITLE_LINES), size, authorLines, authorSize);
                }
            }
            float authorSize = SMALLEST_TITLE * AUTHOR_SCALE;
            return new Layout(fitted(title, widths, SMALLEST_TITLE, MOST_TITLE_LINES), SMALLEST_TITLE,
                    author.map(a -> fitted(a, widths, authorSize, MOST_AUTHOR_LINES)).orElse(List.of()), authorSize);
        }

        /** From the first line's cap height to the last line's baseline, the rule and author included. */
        static float height(int titleLines, float titleSize, int authorLines, float authorSize) {
            float height = capHeight(titleSize) + (titleLines - 1) * titleSize * LINE_PITCH;
            if (authorLines > 0) {
                height += 2 * RULE_GAP * titleSize + RULE_HEIGHT + capHeight(authorSize)
                        + (authorLines - 1) * authorSize * LINE_PITCH;
            }
            return height;
        }

        /** Every line centred, the whole block centred in the square. */
        void paint(Graphics2D g) {
            float height = height(titleLines.size(), titleSize, authorLines.size(), authorSize);
            float y = (SIZE - height) / 2 + capHeight(titleSize);
            g.setColor(new Color(FULL, FULL, FULL));
            y = paintLines(g, titleLines, titleSize, y);
            if (authorLines.isEmpty()) {
                return;
            }
            float ruleTop = y - titleSize * LINE_PITCH + RULE_GAP * titleSize;
            g.fillRect((SIZE - RULE_WIDTH) / 2, Math.round(ruleTop), RULE_WIDTH, RULE_HEIGHT);
            g.setColor(new Color(AUTHOR_LEVEL, AUTHOR_LEVEL, AUTHOR_LEVEL));
            paintLines(g, authorLines, authorSize, ruleTop + RULE_HEIGHT + RULE_GAP * titleSize
                    + capHeight(authorSize));
        }

        /** Paints lines from the baseline {@code y}; returns the baseline after the last. */
        private static float paintLines(Graphics2D g, List<String> lines, float size, float y) {
            Font font = Typeface.BOLD.deriveFont(size);
            for (String line : lines) {
                TextLayout text = new TextLayout(line, font, CONTEXT);
                float x = (SIZE - text.getAdvance()) / 2;
                Shape outline = text.getOutline(AffineTransform.getTranslateInstance(x, y));
                g.fill(outline);
                y += size * LINE_PITCH;
            }
            return y;
        }

        private static float capHeight(float size) {
            return Typeface.CAP_HEIGHT * size;
        }
    }

    /**
     * Text widths at size 1, each measured once: unhinted with fractional metrics, a width grows
     * in proportion to the size, so trying every size costs a measure per line, not per size.
     */
    static final class Widths {
        private final Map<String, Float> atSizeOne = new HashMap<>();

        float of(String text, float size) {
            if (text.isEmpty()) {
                return 0;
            }
            return size * atSizeOne.computeIfAbsent(text,
                    t -> new TextLayout(t, Typeface.BOLD.deriveFont(MEASURING_SIZE), CONTEXT).getAdvance()
                            / MEASURING_SIZE);
        }
    }

    /**
     * The text broken into at most {@code most} lines as even in width as the fewest lines allow:
     * the narrowest measure that still gives that many lines. Empty when it takes more.
     */
    static List<String> balanced(String text, Widths widths, float size, int most) {
        List<String> widest = wrap(text, widths, size, BOX);
        if (widest.size() > most) {
            return List.of();
        }
        int low = 1;
        int high = BOX;
        while (low < high) {
            int mid = (low + high) / 2;
            if (wrap(text, widths, size, mid).size() <= widest.size()) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return wrap(text, widths, size, high);
    }

    /** As {@link #balanced}, or the first {@code most} lines with the last one cut short by an ellipsis. */
    static List<String> fitted(String text, Widths widths, float size, int most) {
        List<String> lines = balanced(text, widths, size, most);
        if (!lines.isEmpty()) {
            return lines;
        }
        List<String> all = wrap(text, widths, size, BOX);
        List<String> kept = new ArrayList<>(all.subList(0, most - 1));
        String last = all.get(most - 1);
        while (!last.isEmpty() && widths.of(last + "…", size) > BOX) {
            last = last.substring(0, last.offsetByCodePoints(last.length(), -1)).stripTrailing();
        }
        kept.add(last + "…");
        return kept;
    }

    /** Words onto lines no wider than {@code measure}, greedily; a word wider than that is broken. */
    static List<String> wrap(String text, Widths widths, float size, int measure) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.split("\\s+")) {
            String joined = line.isEmpty() ? word : line + " " + word;
            if (widths.of(joined, size) <= measure) {
                line = joined;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            line = word;
            while (widths.of(line, size) > measure && line.codePointCount(0, line.length()) > 1) {
                int cut = line.offsetByCodePoints(0, 1);
                while (cut < line.length()
                        && widths.of(line.substring(0, line.offsetByCodePoints(cut, 1)), size) <= measure) {
                    cut = line.offsetByCodePoints(cut, 1);
                }
                lines.add(line.substring(0, cut));
                line = line.substring(cut);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }
}
