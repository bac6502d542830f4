package dev.recast.clean;

/** A section line after mis-decoded text is repaired, before it is given structure. */
record ContentLine(int number, String text) {

    /** Blank when it holds only white space, no-break spaces included. */
    boolean isBlank() {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }
}
