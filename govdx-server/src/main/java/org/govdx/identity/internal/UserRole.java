package org.govdx.identity.internal;

import org.govdx.identity.Role;
import org.springframework.data.relational.core.mapping.Table;

@Table("user_role")
record UserRole(Role role) {
}
