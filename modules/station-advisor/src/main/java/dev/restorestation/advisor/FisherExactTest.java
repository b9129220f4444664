package dev.restorestation.advisor;

/**
 * One-sided Fisher exact test on a 2×2 table over {@code total} attempts: the chance of seeing
 * at least {@code k} failures in a group of {@code n} attempts when {@code failures} of all
 * attempts failed and failures fall on attempts at random (hypergeometric upper tail). The
 * log-factorial table is built once per bench and shared by every slot's test.
 */
final class FisherExactTest {

    private final int total;
    private final double[] logFactorial;

    FisherExactTest(int total) {
        if (total < 0) {
            throw new IllegalArgumentException("negative number of attempts: " + total);
        }
        this.total = total;
        this.logFactorial = new double[total + 1];
        for (int i = 2; i <= total; i++) {
            logFactorial[i] = logFactorial[i - 1] + Math.log(i);
        }
    }

    double upperTail(int k, int n, int failures) {
        if (n < 0 || failures < 0 || n > total || failures > total || k < 0) {
            throw new IllegalArgumentException("impossible table: " + k + " of " + n + ", " + failures + " of " + total);
        }
        int highest = Math.min(n, failures);
        int lowest = Math.max(k, Math.max(0, n + failures - total));
        double denominator = logChoose(total, n);
        double p = 0;
        for (int x = lowest; x <= highest; x++) {
            p += Math.exp(logChoose(failures, x) + logChoose(total - failures, n - x) - denominator);
        }
        return Math.min(1.0, p);
    }

    private double logChoose(int n, int r) {
        return logFactorial[n] - logFactorial[r] - logFactorial[n - r];
    }
}
