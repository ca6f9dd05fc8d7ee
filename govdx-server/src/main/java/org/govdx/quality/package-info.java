/**
 * Data quality (数据质量): rules on mounted catalog entries, scans pushed down to the source database,
 * scores on four dimensions, and the closed loop of quality issues and error reports (纠错).
 */
package org.govdx.quality;
