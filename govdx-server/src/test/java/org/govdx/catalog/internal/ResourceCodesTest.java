package org.govdx.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ResourceCodesTest {

    @Test
    void codeIsClassificationSlashSixDigitSequence() {
        assertThat(ResourceCodes.of("101001", 1)).isEqualTo("101001/000001");
        assertThat(ResourceCodes.of("10100101", 42)).isEqualTo("10100101/000042");
        assertThat(ResourceCodes.classificationOf("10100101/000042")).isEqualTo("10100101");
        assertThat(ResourceCodes.valid("101001/000001")).isTrue();
        assertThat(ResourceCodes.valid("101001-000001")).isFalse();
        assertThat(ResourceCodes.valid("1/000001")).isFalse();
    }

    @Test
    void sequenceMustFitSixDigits() {
        assertThatThrownBy(() -> ResourceCodes.of("101", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ResourceCodes.of("101", 1_000_000)).isInstanceOf(IllegalArgumentException.class);
    }
}
