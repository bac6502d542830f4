package dev.recast.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Crc16Test {

    /** The CRC a bit at a time, straight from its definition. */
    private static int bitwise(byte[] bytes, int from, int to) {
        int crc = 0;
        for (int i = from; i < to; i++) {
            crc ^= bytes[i] & 0xFF;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xA001 : crc >>> 1;
            }
        }
        return crc;
    }

    @Test
    void readsTheCatalogueCheckValueOfCrc16Arc() {
        byte[] check = "123456789".getBytes(StandardCharsets.US_ASCII);
        assertEquals(0xBB3D, Crc16.update(0, check, 0, check.length));
    }

    @Test
    void eightBytesAStepReadAsOneAStepAtEveryLengthAndOffset() {
        Random random = new Random(16);
        byte[] bytes = new byte[300];
        random.nextBytes(bytes);
        for (int from = 0; from < 9; from++) {
            for (int to = from; to <= bytes.length; to += 1 + random.nextInt(7)) {
                assertEquals(bitwise(bytes, from, to), Crc16.update(0, bytes, from, to - from), from + ".." + to);
            }
        }
        int crc = Crc16.update(0, bytes, 0, 101);
        assertEquals(bitwise(bytes, 0, bytes.length), Crc16.update(crc, bytes, 101, bytes.length - 101));
    }

    @Test
    void twoRunsCombineToTheCrcOfBothBackToBack() {
        Random random = new Random(8005);
        for (int round = 0; round < 200; round++) {
            byte[] bytes = new byte[random.nextInt(5000)];
            random.nextBytes(bytes);
            int cut = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
            int first = Crc16.update(0, bytes, 0, cut);
            int second = Crc16.update(0, bytes, cut, bytes.length - cut);
            assertEquals(bitwise(bytes, 0, bytes.length), Crc16.combine(first, second, bytes.length - cut),
                    cut + " of " + bytes.length);
        }
        byte[] zeros = new byte[1 << 20];
        Arrays.fill(zeros, 0, 3, (byte) 0x5A);
        assertEquals(bitwise(zeros, 0, zeros.length), Crc16.combine(bitwise(zeros, 0, 3), 0, zeros.length - 3));
    }
}
