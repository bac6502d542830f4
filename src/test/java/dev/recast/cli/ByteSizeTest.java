package dev.recast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ByteSizeTest {

    @Test
    void readsSizesAsPeopleWriteThem() {
        assertEquals(512, ByteSize.parse("512"));
        assertEquals(500L << 20, ByteSize.parse("500M"));
        assertEquals(5L << 30, ByteSize.parse("5G"));
        assertEquals(5L << 30, ByteSize.parse("5 GiB"));
        assertEquals(5L << 30, ByteSize.parse("5gb"));
        assertEquals(3L << 29, ByteSize.parse("1.5G"));
        assertEquals(2L << 40, ByteSize.parse("2T"));
        assertEquals(1024, ByteSize.parse(" 1k "));
    }

    @Test
    void refusesWhatIsNotASize() {
        for (String bad : new String[] {"", "G", "-5G", "5X", "five", "0", "0.0001K", "99999999T", "5 G B"}) {
            assertThrows(IllegalArgumentException.class, () -> ByteSize.parse(bad), bad);
        }
    }

    @Test
    void printsOneDecimalInTheLargestUnitThatFits() {
        assertEquals("0 B", ByteSize.format(0));
        assertEquals("1023 B", ByteSize.format(1023));
        assertEquals("1.0 KB", ByteSize.format(1024));
        assertEquals("5.0 GB", ByteSize.format(5L << 30));
        assertEquals("1.5 MB", ByteSize.format(3L << 19));
        assertEquals("2048.0 TB", ByteSize.format(2L << 50));
    }
}
