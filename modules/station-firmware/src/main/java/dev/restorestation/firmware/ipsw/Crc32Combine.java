package dev.restorestation.firmware.ipsw;

/**
 * The CRC-32 (ZIP's) of two pieces put end to end, from the two pieces' own CRCs and the second
 * one's length, without their bytes: zlib's {@code crc32_combine}, which the JDK does not offer.
 * CRCs here are the low 32 bits of {@link java.util.zip.CRC32#getValue()}.
 */
final class Crc32Combine {

    /** ZIP's polynomial, bits reversed. */
    private static final int POLYNOMIAL = 0xedb88320;
    /** {@code x^(2^n)} modulo the polynomial, for n = 0..31. */
    private static final int[] X_TO_TWO_TO_THE = new int[32];

    static {
        int power = 1 << 30;
        X_TO_TWO_TO_THE[0] = power;
        for (int n = 1; n < 32; n++) {
            power = multiply(power, power);
            X_TO_TWO_TO_THE[n] = power;
        }
    }

    private Crc32Combine() {
    }

    /** The CRC of A then B, from the CRC of A, the CRC of B and B's length in bytes. */
    static int combine(int first, int second, long secondLength) {
        return combineWith(first, second, operator(secondLength));
    }

    /** Like {@link #combine(int, int, long)} with the length's {@link #operator}, worked out once for many pieces. */
    static int combineWith(int first, int second, int operator) {
        return multiply(operator, first) ^ second;
    }

    /** What appending {@code length} bytes does to a CRC: {@code x^(8 * length)} modulo the polynomial. */
    static int operator(long length) {
        int product = 1 << 31;
        int k = 3;
        for (long n = length; n != 0; n >>>= 1, k++) {
            if ((n & 1) != 0) {
                product = multiply(X_TO_TWO_TO_THE[k & 31], product);
            }
        }
        return product;
    }

    /** a(x) times b(x) modulo the polynomial, in the CRC's reflected bit order. */
    private static int multiply(int a, int b) {
        int product = 0;
        for (int bit = 1 << 31; bit != 0; bit >>>= 1) {
            if ((a & bit) != 0) {
                product ^= b;
                if ((a & (bit - 1)) == 0) {
                    break;
                }
            }
            b = (b & 1) != 0 ? (b >>> 1) ^ POLYNOMIAL : b >>> 1;
        }
        return product;
    }
}
