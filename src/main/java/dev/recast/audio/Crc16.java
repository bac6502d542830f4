package dev.recast.audio;

/**
 * The CRC-16 LAME's info tag uses for its own bytes and the music (polynomial 0x8005, reflected,
 * start 0). The music's CRC covers every frame of the episode, so it is read eight bytes a step
 * (slicing by 8), and each part's CRC is taken once and the parts' joined with {@link #combine}.
 */
final class Crc16 {

    private static final int POLYNOMIAL = 0xA001;
    /** {@code TABLES[k][b]}: the CRC of byte {@code b} followed by {@code k} zero bytes. */
    private static final int[][] TABLES = new int[8][256];

    static {
        for (int i = 0; i < 256; i++) {
            int crc = i;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ POLYNOMIAL : crc >>> 1;
            }
            TABLES[0][i] = crc;
        }
        for (int k = 1; k < TABLES.length; k++) {
            for (int i = 0; i < 256; i++) {
                int previous = TABLES[k - 1][i];
                TABLES[k][i] = (previous >>> 8) ^ TABLES[0][previous & 0xFF];
            }
        }
    }

    private Crc16() {
    }

    static int update(int crc, byte[] bytes, int offset, int length) {
        int[] t0 = TABLES[0];
        int[] t1 = TABLES[1];
        int[] t2 = TABLES[2];
        int[] t3 = TABLES[3];
        int[] t4 = TABLES[4];
        int[] t5 = TABLES[5];
        int[] t6 = TABLES[6];
        int[] t7 = TABLES[7];
        int i = offset;
        int end = offset + length;
        for (; i + 8 <= end; i += 8) {
            crc = t7[(bytes[i] ^ crc) & 0xFF] ^ t6[(bytes[i + 1] ^ (crc >>> 8)) & 0xFF]
                    ^ t5[bytes[i + 2] & 0xFF] ^ t4[bytes[i + 3] & 0xFF] ^ t3[bytes[i + 4] & 0xFF]
                    ^ t2[bytes[i + 5] & 0xFF] ^ t1[bytes[i + 6] & 0xFF] ^ t0[bytes[i + 7] & 0xFF];
        }
        for (; i < end; i++) {
            crc = (crc >>> 8) ^ t0[(crc ^ bytes[i]) & 0xFF];
        }
        return crc;
    }

    /**
     * The CRC of two runs of bytes back to back, from the CRC of each and the second's length:
     * the first's CRC carried through that many zero bytes (an operator on the 16 CRC bits,
     * squared up to the length as zlib's {@code crc32_combine} does), plus the second's.
     */
    static int combine(int first, int second, long secondLength) {
        if (secondLength < 0) {
            throw new IllegalArgumentException("negative length: " + secondLength);
        }
        // One zero bit: shift right, and fold the polynomial in when the bit shifted out was set.
        int[] operator = new int[16];
        operator[0] = POLYNOMIAL;
        for (int bit = 1; bit < 16; bit++) {
            operator[bit] = 1 << (bit - 1);
        }
        for (int square = 0; square < 3; square++) {
            operator = square(operator);
        }
        // operator now carries a CRC through one zero byte; each further square doubles that.
        int crc = first;
        for (long left = secondLength; left > 0; left >>>= 1) {
            if ((left & 1) != 0) {
                crc = times(operator, crc);
            }
            operator = square(operator);
        }
        return crc ^ second;
    }

    private static int times(int[] matrix, int vector) {
        int sum = 0;
        for (int bit = 0; vector != 0; bit++, vector >>>= 1) {
            if ((vector & 1) != 0) {
                sum ^= matrix[bit];
            }
        }
        return sum;
    }

    private static int[] square(int[] matrix) {
        int[] squared = new int[16];
        for (int bit = 0; bit < 16; bit++) {
            squared[bit] = times(matrix, matrix[bit]);
        }
        return squared;
    }
}
