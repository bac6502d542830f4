package dev.recast.publish;

/** Text made safe for XML 1.0 element content and attribute values. */
final class XmlText {

    private XmlText() {
    }

    /**
     * Escapes the five markup characters and drops control characters XML 1.0 cannot carry at all
     * (a tab, line feed or carriage return stays).
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        if (c != 0xFFFE && c != 0xFFFF) {
                            escaped.appendCodePoint(c);
                        }
                    }
                }
            }
        });
        return escaped.toString();
    }
}
