package org.govdx.identity;

import java.util.Set;

/**
 * Fields to create a user, or to change one (a null field keeps its value; the password is only
 * read on create).
 */
public record UserRequest(String username, String password, String displayName, Long orgId, Set<Role> roles,
                          Boolean enabled) {
}
