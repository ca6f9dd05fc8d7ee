package org.govdx.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** The roles of DESIGN.md. The three admin roles are separated (三员分立): no user holds two of them. */
public enum Role {
    /** 系统管理员: orgs, users, system settings. */
    SYS_ADMIN,
    /** 安全管理员: roles, security policy, keys, masking rules. */
    SEC_ADMIN,
    /** 审计管理员: reads audit logs and the ledger, nothing else. */
    AUDIT_ADMIN,
    /** 平台运营: reviews catalog entries, coordinates disputes and overdue items. */
    PLATFORM_OPERATOR,
    /** 目录管理员: a department's catalog entries, data sources, mounts, quality rules. */
    ORG_CATALOG_ADMIN,
    /** 审批人: decides applications for its department's resources. */
    ORG_APPROVER,
    /** 数据使用人: demands, applications, its apps. */
    ORG_DATA_USER,
    /** 领导: reads dashboards and scorecards. */
    LEADER;

    /** The three separated admin roles. */
    public static final Set<Role> ADMIN_ROLES = EnumSet.of(SYS_ADMIN, SEC_ADMIN, AUDIT_ADMIN);

    /** True for SYS_ADMIN, SEC_ADMIN and AUDIT_ADMIN. */
    public boolean isAdmin() {
        return ADMIN_ROLES.contains(this);
    }

    /** True for roles that act only within the user's own org (and its sub-tree for a government). */
    public boolean isOrgScoped() {
        return this == ORG_CATALOG_ADMIN || this == ORG_APPROVER || this == ORG_DATA_USER;
    }

    /** True when the roles hold more than one of the three admin roles. */
    public static boolean breaksAdminSeparation(Collection<Role> roles) {
        return roles.stream().filter(Role::isAdmin).distinct().count() > 1;
    }

    /** Spring Security authority name. */
    public String authority() {
        return "ROLE_" + name();
    }
}
