package org.govdx.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void anyTwoAdminRolesBreakSeparation() {
        assertThat(Role.breaksAdminSeparation(EnumSet.of(Role.SYS_ADMIN, Role.SEC_ADMIN))).isTrue();
        assertThat(Role.breaksAdminSeparation(EnumSet.of(Role.SYS_ADMIN, Role.AUDIT_ADMIN))).isTrue();
        assertThat(Role.breaksAdminSeparation(EnumSet.of(Role.SEC_ADMIN, Role.AUDIT_ADMIN))).isTrue();
    }

    @Test
    void oneAdminRoleWithOtherRolesIsAllowed() {
        assertThat(Role.breaksAdminSeparation(EnumSet.of(Role.SYS_ADMIN, Role.LEADER))).isFalse();
        assertThat(Role.breaksAdminSeparation(EnumSet.of(Role.ORG_APPROVER, Role.ORG_DATA_USER))).isFalse();
    }
}
