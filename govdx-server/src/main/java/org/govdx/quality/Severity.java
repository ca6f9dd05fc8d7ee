package org.govdx.quality;

/**
 * How much a failing rule matters: its weight in the dimension score and the working days an issue
 * it raises has. A failed HIGH rule is mandatory: it caps its dimension's score.
 */
public enum Severity {
    LOW(1, 20),
    MEDIUM(2, 10),
    HIGH(3, 5);

    private final int weight;
    private final int fixDays;

    Severity(int weight, int fixDays) {
        this.weight = weight;
        this.fixDays = fixDays;
    }

    /** Weight of a rule in its dimension's score. */
    public int weight() {
        return weight;
    }

    /** Working days a provider has to fix an issue a rule of this severity raised. */
    public int fixDays() {
        return fixDays;
    }
}
