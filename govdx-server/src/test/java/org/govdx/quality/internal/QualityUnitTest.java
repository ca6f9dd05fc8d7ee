package org.govdx.quality.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.govdx.catalog.UpdateCycle;
import org.govdx.common.CreditCode;
import org.govdx.common.IdCardNumber;
import org.govdx.quality.IssueStatus;
import org.govdx.quality.IssueTransition;
import org.govdx.quality.QualityDimension;
import org.govdx.quality.QualityScores;
import org.govdx.quality.RuleResult;
import org.govdx.quality.RuleType;
import org.govdx.quality.Severity;
import org.junit.jupiter.api.Test;

/** Check characters, timeliness per update cycle, the score formula and the issue state machine. */
class QualityUnitTest {

    @Test
    void checkCharactersOfIdNumbersAndCreditCodes() {
        assertThat(IdCardNumber.isValid("11010519491231002X")).isTrue();
        assertThat(IdCardNumber.isValid("11010519491231002x")).as("X is upper case").isFalse();
        assertThat(IdCardNumber.isValid("110105194912310021")).isFalse();
        // a weighted sum of 2 mod 11 is the check value 10, written X
        assertThat(IdCardNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(CreditCode.isValid("91110000600037341L")).isTrue();
        assertThat(CreditCode.isValid("91110000600037341M")).isFalse();
        assertThat(CreditCode.isValid("91110000600037341I")).as("I is not in the alphabet").isFalse();
        assertThat(new java.util.HashSet<>(List.of(RuleSql.ID_SHAPE, RuleSql.CREDIT_SHAPE))).hasSize(2);
        assertThat("11010519491231002X").matches(RuleSql.ID_SHAPE.replace("^", "").replace("$", ""));
        assertThat("91110000600037341L").matches(RuleSql.CREDIT_SHAPE.replace("^", "").replace("$", ""));
        Map<String, java.util.regex.Pattern> p = new java.util.HashMap<>();
        RuleDef id = RuleDef.of(1, RuleType.ID_CARD, "id", Map.of());
        assertThat(RecordRules.fails(id, Map.of("id", "11010519491231002X"), p)).isFalse();
        assertThat(RecordRules.fails(id, Map.of("id", "11010519491231002x"), p)).isTrue();
        RuleDef cc = RuleDef.of(2, RuleType.CREDIT_CODE, "cc", Map.of());
        assertThat(RecordRules.fails(cc, Map.of("cc", "91110000600037341L"), p)).isFalse();
        assertThat(RecordRules.fails(cc, Map.of("cc", "91110000600037341A"), p)).isTrue();
    }

    @Test
    void timelinessAgainstEachUpdateCycle() {
        Instant now = Instant.parse("2026-11-28T12:00:00Z");
        Map<UpdateCycle, Duration> fresh = Map.of(UpdateCycle.REALTIME, Duration.ofMinutes(50),
                UpdateCycle.DAILY, Duration.ofHours(47), UpdateCycle.WEEKLY, Duration.ofDays(7),
                UpdateCycle.MONTHLY, Duration.ofDays(31), UpdateCycle.QUARTERLY, Duration.ofDays(92),
                UpdateCycle.YEARLY, Duration.ofDays(366));
        for (UpdateCycle cycle : UpdateCycle.values()) {
            Duration allowed = Timeliness.allowedAge(cycle);
            assertThat(Timeliness.score(now.minus(fresh.get(cycle)), now, allowed)).as("%s fresh", cycle).isEqualTo(1.0);
            assertThat(Timeliness.score(now.minus(allowed.multipliedBy(2)), now, allowed)).as("%s twice too old", cycle)
                    .isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.001));
            assertThat(Timeliness.score(now.minus(allowed.multipliedBy(4)), now, allowed)).isCloseTo(0.25,
                    org.assertj.core.data.Offset.offset(0.001));
        }
        assertThat(Timeliness.score(now.minus(Duration.ofHours(2)), now, Timeliness.allowedAge(UpdateCycle.REALTIME)))
                .isEqualTo(0.5);
        assertThat(Timeliness.score(now.minus(Duration.ofDays(3)), now, Timeliness.allowedAge(UpdateCycle.DAILY)))
                .isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(0.001));
        assertThat(Timeliness.score(null, now, Duration.ofDays(1))).as("no data at all").isZero();
    }

    private static RuleResult result(QualityDimension d, Severity s, double ratio, double threshold) {
        return new RuleResult(1, RuleType.NOT_NULL, "x", d, s, threshold, 100, Math.round((1 - ratio) * 100), ratio,
                ratio >= threshold, Map.of(), List.of());
    }

    @Test
    void scoresWeighRulesBySeverityAndAFailedHighRuleCapsItsDimension() {
        QualityScores s = ScoreCalculator.scores(List.of(
                result(QualityDimension.COMPLETENESS, Severity.LOW, 0.90, 0.5),
                result(QualityDimension.COMPLETENESS, Severity.MEDIUM, 1.0, 0.5),
                result(QualityDimension.ACCURACY, Severity.HIGH, 0.97, 0.99),
                result(QualityDimension.TIMELINESS, Severity.MEDIUM, 0.5, 0.95)));
        assertThat(s.completeness()).isEqualTo(96.7);           // (1×90 + 2×100) / 3
        assertThat(s.accuracy()).isEqualTo(60.0);                // 97 capped: a HIGH rule below its threshold
        assertThat(s.timeliness()).isEqualTo(50.0);
        assertThat(s.availability()).isNull();                   // no rule: left out of overall
        assertThat(s.overall()).isEqualTo(Math.round((0.3 * 96.7 + 0.4 * 60 + 0.15 * 50) / 0.85 * 10) / 10.0);
        QualityScores perfect = ScoreCalculator.scores(List.of(result(QualityDimension.ACCURACY, Severity.HIGH, 1, 1)));
        assertThat(perfect.overall()).isEqualTo(100.0);
        assertThat(ScoreCalculator.scores(List.of()).overall()).isNull();
        assertThat(ScoreCalculator.average(List.of(perfect, s)).accuracy()).isEqualTo(80.0);
    }

    @Test
    void theIssueStateMachine() {
        assertThat(IssueTransition.ACKNOWLEDGE.from()).containsExactly(IssueStatus.REPORTED);
        assertThat(IssueTransition.CORRECT.to()).isEqualTo(IssueStatus.CORRECTED);
        assertThat(IssueTransition.CONFIRM.from()).containsExactly(IssueStatus.CORRECTED);
        assertThat(IssueTransition.CONTEST.from()).containsExactly(IssueStatus.REJECTED);
        assertThat(IssueTransition.UPHOLD.to()).isEqualTo(IssueStatus.CLOSED);
        assertThat(IssueTransition.OVERTURN.to()).isEqualTo(IssueStatus.INVESTIGATING);
        assertThat(IssueTransition.REJECT.commentRequired()).isTrue();
        assertThat(IssueTransition.CORRECT.commentRequired()).isTrue();
        assertThat(IssueTransition.parse("acknowledge")).contains(IssueTransition.ACKNOWLEDGE);
        assertThat(IssueTransition.parse("report")).isEmpty();
        assertThat(IssueTransition.parse("987654321")).isEmpty();
        assertThat(IssueTransition.CONTEST.factType()).isEqualTo("QUALITY_ISSUE_CONTEST");
        assertThat(IssueStatus.INVESTIGATING.awaitsProvider()).isTrue();
        assertThat(IssueStatus.CORRECTED.awaitsProvider()).isFalse();
    }
}
