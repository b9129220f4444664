package dev.restorestation.restore.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Logs kept apart from tuning: real failure logs from public reports that were committed here before the
 * classifier ever read them, and measured once with the rules as they stood (decision 15 keeps the
 * rounds). The floors are that measurement. Tuning on these logs would make them meaningless: when a
 * round is done its logs join the corpus and fresh ones come here, so a failure here asks for a general
 * rule, not a rule for the log.
 */
class HeldOutAccuracyTest {

    private static final String HELD_OUT = "/engine-logs/held-out";
    /**
     * Round 10, measured once with the rules as they stood when these logs came in: 2 of 8 right (both shown as
     * guesses), 3 unknown, 3 wrong, 1 of them with confidence 0.85 (a failed manifest download that an outdated tool
     * caused). Of the 4 logs that state their cause, 2 right, 2 unknown. Earlier rounds, on other logs: 2 of 9 with
     * none confidently wrong (round 9), 10 of 22 with 2 (round 8), 4 of 8 (round 7), 9 of 16 (round 6), 11 of 22
     * with 8 (round 5, before causes were told from symptoms).
     */
    private static final int RIGHT_AT_LEAST = 2;
    private static final int CONFIDENTLY_WRONG_AT_MOST = 1;

    @Test
    void heldOutLogsAreNotInTheCorpus() throws Exception {
        List<LabelledLog> heldOut = LabelledLog.folder(HELD_OUT);
        Set<String> corpusSources = LabelledLog.folder(CorpusAccuracyTest.CORPUS).stream().map(LabelledLog::source)
                .collect(Collectors.toSet());

        assertThat(heldOut).hasSizeGreaterThanOrEqualTo(8);
        assertThat(heldOut).extracting(LabelledLog::source).doesNotContainAnyElementsOf(corpusSources).doesNotHaveDuplicates();
    }

    @Test
    void heldOutAccuracyStaysAtItsMeasuredFloor() throws Exception {
        List<LabelledLog> heldOut = LabelledLog.folder(HELD_OUT);
        Scorecard card = Scorecard.of(heldOut);
        System.out.println(card.report("held-out"));
        System.out.println(Scorecard.of(heldOut.stream().filter(log -> Boolean.TRUE.equals(log.causeInLog())).toList())
                .report("held-out, the logs that state their cause"));

        assertThat(card.right).as("right").hasSizeGreaterThanOrEqualTo(RIGHT_AT_LEAST);
        assertThat(card.confidentlyWrong()).as("wrong with confidence >= " + Scorecard.CONFIDENT).isLessThanOrEqualTo(CONFIDENTLY_WRONG_AT_MOST);
    }
}
