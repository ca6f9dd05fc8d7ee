package org.govdx.quality.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.govdx.quality.QualityDimension;
import org.govdx.quality.QualityScores;
import org.govdx.quality.RuleResult;
import org.govdx.quality.Severity;

/**
 * The scoring formula (docs/quality.md): a dimension's score is 100 × the severity-weighted mean of its
 * rules' ratios (share of passing rows, freshness, availability share); a HIGH rule below its threshold
 * caps the dimension at {@value #MANDATORY_CAP}. Overall is the weighted mean of the dimensions that have
 * rules: completeness 30 %, accuracy 40 %, availability 15 %, timeliness 15 %, renormalised.
 */
final class ScoreCalculator {

    static final double MANDATORY_CAP = 60.0;
    static final Map<QualityDimension, Double> WEIGHTS = Map.of(QualityDimension.COMPLETENESS, 0.30,
            QualityDimension.ACCURACY, 0.40, QualityDimension.AVAILABILITY, 0.15, QualityDimension.TIMELINESS, 0.15);

    private ScoreCalculator() {
    }

    static QualityScores scores(List<RuleResult> results) {
        Map<QualityDimension, Double> dims = new EnumMap<>(QualityDimension.class);
        for (QualityDimension d : QualityDimension.values()) {
            List<RuleResult> of = results.stream().filter(r -> r.dimension() == d).toList();
            if (of.isEmpty()) {
                continue;
            }
            double weights = 0;
            double sum = 0;
            boolean capped = false;
            for (RuleResult r : of) {
                weights += r.severity().weight();
                sum += r.severity().weight() * r.ratio();
                capped |= r.severity() == Severity.HIGH && !r.passed();
            }
            double score = 100.0 * sum / weights;
            dims.put(d, round(capped ? Math.min(score, MANDATORY_CAP) : score));
        }
        double weight = 0;
        double total = 0;
        for (Map.Entry<QualityDimension, Double> e : dims.entrySet()) {
            weight += WEIGHTS.get(e.getKey());
            total += WEIGHTS.get(e.getKey()) * e.getValue();
        }
        Double overall = weight == 0 ? null : round(total / weight);
        return new QualityScores(dims.get(QualityDimension.COMPLETENESS), dims.get(QualityDimension.ACCURACY),
                dims.get(QualityDimension.AVAILABILITY), dims.get(QualityDimension.TIMELINESS), overall);
    }

    /** The mean of several scores, dimension by dimension (nulls left out). */
    static QualityScores average(List<QualityScores> all) {
        return new QualityScores(mean(all.stream().map(QualityScores::completeness).toList()),
                mean(all.stream().map(QualityScores::accuracy).toList()),
                mean(all.stream().map(QualityScores::availability).toList()),
                mean(all.stream().map(QualityScores::timeliness).toList()),
                mean(all.stream().map(QualityScores::overall).toList()));
    }

    private static Double mean(List<Double> values) {
        List<Double> present = values.stream().filter(v -> v != null).toList();
        return present.isEmpty() ? null : round(present.stream().mapToDouble(Double::doubleValue).average().orElse(0));
    }

    static double round(double v) {
        return Math.round(v * 10.0) / 10.0;
    }
}
