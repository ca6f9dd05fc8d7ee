package org.govdx.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user (page session or API token) as every module sees it: who, which org, which roles.
 */
public final class CurrentUser implements UserDetails {

    private final long id;
    private final String username;
    private final String displayName;
    private final long orgId;
    private final String orgCode;
    private final String orgName;
    private final OrgType orgType;
    private final Set<Role> roles;
    private final boolean mustChangePassword;

    public CurrentUser(long id, String username, String displayName, long orgId, String orgCode, String orgName,
                       OrgType orgType, Set<Role> roles, boolean mustChangePassword) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.orgId = orgId;
        this.orgCode = orgCode;
        this.orgName = orgName;
        this.orgType = orgType;
        this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        this.mustChangePassword = mustChangePassword;
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public long orgId() {
        return orgId;
    }

    public String orgCode() {
        return orgCode;
    }

    public String orgName() {
        return orgName;
    }

    public OrgType orgType() {
        return orgType;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Role... any) {
        for (Role role : any) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = roles.stream()
                .map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority()))
                .toList();
        return authorities;
    }

    /** Never exposed: authentication checks the stored hash elsewhere. */
    @Override
    public String getPassword() {
        return null;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String toString() {
        return username;
    }
}
