package org.govdx.sharing;

/** How a consumer app may use granted data through the exchange gateway. */
public enum AccessMode {
    /** 接口查询: record-by-record queries. */
    API,
    /** 批量导出/同步: bulk export or sync jobs. */
    BULK,
    /** 核验: yes/no verification only; no values leave the provider. */
    VERIFY
}
