package dev.recast.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Standard output or error with every control character but line feed and tab shown as an escape
 * ({@code \x1b}, {@code \u009b}) rather than sent: titles, section text, tags and file names reach
 * the terminal in messages and in {@code recast clean}, and an ESC in them must not recolour,
 * retitle or rewrite it. Recast's own text holds no other control character but the progress
 * bar's carriage return, which {@link #redraw} sends.
 */
final class TerminalText extends PrintStream {

    private final PrintStream raw;

    private TerminalText(PrintStream raw) {
        super(raw, true, StandardCharsets.UTF_8);
        this.raw = raw;
    }

    /** {@code raw} escaping control characters; {@code raw} itself if it already does. */
    static PrintStream escaping(PrintStream raw) {
        return raw instanceof TerminalText ? raw : new TerminalText(raw);
    }

    /** Writes {@code line} over the line the cursor is on. */
    static void redraw(PrintStream stream, String line) {
        if (stream instanceof TerminalText text) {
            text.flush();
            text.raw.print('\r');
            text.print(line);
        } else {
            stream.print("\r" + line);
        }
    }

    /** {@code text} with each control character but line feed and tab as a visible escape. */
    static String escape(String text) {
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t';
            if (control && escaped == null) {
                escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (control) {
                escaped.append(c < 0x80 ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
            } else if (escaped != null) {
                escaped.append(c);
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    @Override
    public void print(String s) {
        super.print(escape(String.valueOf(s)));
    }

    @Override
    public void print(Object obj) {
        print(String.valueOf(obj));
    }

    @Override
    public void print(char c) {
        print(String.valueOf(c));
    }

    @Override
    public void print(char[] s) {
        print(new String(s));
    }
}
