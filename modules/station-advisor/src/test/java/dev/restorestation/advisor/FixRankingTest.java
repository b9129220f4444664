package dev.restorestation.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.advice.Fix;
import dev.restorestation.core.history.FixOutcome;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FixRankingTest {

    private static final List<KnowledgeFix> FIXES = List.of(
            new KnowledgeFix("cable", "Swap the cable", false, FixKind.CONNECTION),
            new KnowledgeFix("port", "Use a rear port", false, FixKind.CONNECTION),
            new KnowledgeFix("tools", "Update the tools", false, FixKind.HOST),
            new KnowledgeFix("erase", "Erase-restore", true, FixKind.DEVICE),
            new KnowledgeFix("computer", "Use another computer", false, FixKind.HOST),
            new KnowledgeFix("board", "Board repair", false, FixKind.HARDWARE));

    @Test
    void withoutHistoryTheKnowledgeBaseOrderStandsAndNoEvidenceIsClaimed() {
        List<Fix> ranked = FixRanking.rank(FIXES, List.of(), Locale.ENGLISH);
        assertThat(ids(ranked)).containsExactly("cable", "port", "tools", "erase", "computer", "board");
        assertThat(ranked).allSatisfy(fix -> assertThat(fix.evidence()).isEmpty());
    }

    @Test
    void aFixThatKeepsWorkingHereMovesUpAndShowsItsEvidence() {
        List<Fix> ranked = FixRanking.rank(FIXES, List.of(new FixOutcome("tools", 9, 7), new FixOutcome("cable", 6, 1)), Locale.ENGLISH);
        assertThat(ids(ranked)).startsWith("tools", "port");
        assertThat(ranked.get(0).evidence()).isEqualTo("worked 7 of 9 times here");
        assertThat(ranked).filteredOn(f -> f.id().equals("cable")).singleElement()
                .extracting(Fix::evidence).isEqualTo("worked 1 of 6 times here");
    }

    @Test
    void oneLuckySuccessDoesNotJumpTheQueueWhileDataIsThin() {
        List<Fix> ranked = FixRanking.rank(FIXES, List.of(new FixOutcome("board", 1, 1)), Locale.ENGLISH);
        assertThat(ids(ranked).get(0)).isEqualTo("cable");
        assertThat(ranked).filteredOn(f -> f.id().equals("board")).singleElement()
                .extracting(Fix::evidence).isEqualTo("worked 1 of 1 time here");
    }

    @Test
    void anEraseNeverOvertakesTheDataKeepingFixesListedBeforeIt() {
        List<Fix> ranked = FixRanking.rank(FIXES, List.of(new FixOutcome("erase", 20, 19)), Locale.ENGLISH);
        assertThat(ids(ranked)).containsSubsequence("cable", "port", "tools", "erase");
        assertThat(ids(ranked).indexOf("erase")).isLessThan(ids(ranked).indexOf("computer"));
    }

    @Test
    void thePriorFallsFromFirstToLast() {
        assertThat(FixRanking.prior(0, 6)).isEqualTo(FixRanking.FIRST_PRIOR);
        assertThat(FixRanking.prior(5, 6)).isEqualTo(FixRanking.LAST_PRIOR);
        assertThat(FixRanking.score(new FixOutcome("x", 9, 7), 0.5)).isEqualTo((7 + 4 * 0.5) / 13);
    }

    private static List<String> ids(List<Fix> fixes) {
        return fixes.stream().map(Fix::id).toList();
    }
}
