/**
 * The exchange gateway: the only path by which a consumer app obtains a provider's data. Every call
 * is checked against its grant, masked, rate limited and written down as a usage record (which
 * lands in the ledger); bulk sync jobs copy granted data into a consumer's own database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exchange")
package org.govdx.exchange;
