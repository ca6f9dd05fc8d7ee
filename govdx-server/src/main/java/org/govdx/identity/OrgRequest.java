package org.govdx.identity;

/**
 * Fields to create an org, or to change one (rename, recode, move, disable). On change a null
 * field keeps its value.
 */
public record OrgRequest(String name, String code, OrgType type, String creditCode, Long parentId, Boolean enabled) {
}
