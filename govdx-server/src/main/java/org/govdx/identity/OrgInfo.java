package org.govdx.identity;

import java.time.Instant;

/**
 * An organisation as other modules and the API see it.
 *
 * @param id         internal id
 * @param name       name, e.g. 中卫市公安局
 * @param code       short business key, e.g. ZW-GAJ
 * @param type       government or department
 * @param creditCode 统一社会信用代码 (may be empty only for the bootstrap root org)
 * @param parentId   parent org, null for a root government
 * @param enabled    false once disabled; a disabled org's users cannot sign in
 */
public record OrgInfo(Long id, String name, String code, OrgType type, String creditCode, Long parentId,
                      boolean enabled, Instant createdAt, Instant updatedAt) {
}
