package dev.restorestation.advisor;

/**
 * One-sided Fisher exact test on a 2×2 table: the chance of seeing at least {@code k} failures in
 * a group of {@code n} attempts when {@code failures} of all {@code total} attempts failed and
 * failures fall on attempts at random (hypergeometric upper tail).
 */
final class FisherExactTest {

    private FisherExactTest() {
    }

    static double upperTail(int k, int n, int failures, int total) {
        if (n < 0 || failures < 0 || n > total || failures > total || k < 0) {
            throw new IllegalArgumentException("impossible table: " + k + " of " + n + ", " + failures + " of " + total);
        }
        double[] logFactorial = logFactorials(total);
        int highest = Math.min(n, failures);
        int lowest = Math.max(k, Math.max(0, n + failures - total));
        double denominator = logChoose(logFactorial, total, n);
        double p = 0;
        for (int x = lowest; x <= highest; x++) {
            p += Math.exp(logChoose(logFactorial, failures, x) + logChoose(logFactorial, total - failures, n - x) - denominator);
        }
        return Math.min(1.0, p);
    }

    private static double[] logFactorials(int upTo) {
        double[] table = new double[upTo + 1];
        for (int i = 2; i <= upTo; i++) {
            table[i] = table[i - 1] + Math.log(i);
        }
        return table;
    }

    private static double logChoose(double[] logFactorial, int n, int r) {
        return logFactorial[n] - logFactorial[r] - logFactorial[n - r];
    }
}
