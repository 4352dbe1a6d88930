package vn.vtvlstudio.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Tinh giản biên chế of one category: baseline quota minus proposed. Rates are exact decimals so that
 * 5% of 600 is 30 people, not 31 through floating-point error.
 */
public record Reduction(int baseline, int proposed) {

    public int people() {
        return baseline - proposed;
    }

    /** reduction / baseline as a fraction (0.098039 for 10 of 102); 0 when the baseline is 0. */
    public BigDecimal rate() {
        return Counting.share(people(), baseline);
    }

    /** People that must go to cut at least {@code targetRate} (a fraction, e.g. 0.10) of the baseline. */
    public int requiredPeople(BigDecimal targetRate, RoundingRule rounding) {
        BigDecimal exact = targetRate.multiply(BigDecimal.valueOf(baseline));
        RoundingMode mode = rounding == RoundingRule.HALF_UP ? RoundingMode.HALF_UP : RoundingMode.CEILING;
        return exact.setScale(0, mode).intValueExact();
    }

    public boolean meets(BigDecimal targetRate, RoundingRule rounding) {
        return people() >= requiredPeople(targetRate, rounding);
    }

    /** How many more people must go; 0 when the target is met. */
    public int shortfall(BigDecimal targetRate, RoundingRule rounding) {
        return Math.max(0, requiredPeople(targetRate, rounding) - people());
    }
}
