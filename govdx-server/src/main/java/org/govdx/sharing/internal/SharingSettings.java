package org.govdx.sharing.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code govdx.sharing.*}.
 *
 * @param answerDays         working days the provider has to answer a conditional application (10)
 * @param maxExtensionDays   working days one extension may add at most (10)
 * @param supplyDays         working days to make approved data available when the entry is not mounted (20)
 * @param reminderDays       working days before a deadline at which both sides are reminded (2)
 * @param expiryWarningDays  calendar days before a grant's last day at which the consumer is warned (7)
 * @param retentionYears     years the application, decision and disposal record are kept (3)
 */
@ConfigurationProperties("govdx.sharing")
record SharingSettings(Integer answerDays, Integer maxExtensionDays, Integer supplyDays, Integer reminderDays,
                       Integer expiryWarningDays, Integer retentionYears) {

    SharingSettings {
        answerDays = answerDays == null ? 10 : answerDays;
        maxExtensionDays = maxExtensionDays == null ? 10 : maxExtensionDays;
        supplyDays = supplyDays == null ? 20 : supplyDays;
        reminderDays = reminderDays == null ? 2 : reminderDays;
        expiryWarningDays = expiryWarningDays == null ? 7 : expiryWarningDays;
        retentionYears = retentionYears == null ? 3 : retentionYears;
    }
}
