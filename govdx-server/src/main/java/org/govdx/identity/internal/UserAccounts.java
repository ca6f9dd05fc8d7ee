package org.govdx.identity.internal;

import java.time.Instant;
import java.util.Set;
import org.govdx.common.GovdxException;
import org.govdx.identity.Role;
import org.govdx.identity.UserInfo;
import org.govdx.identity.UserRequest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Writes of user accounts: hashing passwords and keeping roles. */
@Component
public class UserAccounts {

    private final UserRepository repository;
    private final UserStore store;
    private final PasswordEncoder encoder;

    UserAccounts(UserRepository repository, UserStore store, PasswordEncoder encoder) {
        this.repository = repository;
        this.store = store;
        this.encoder = encoder;
    }

    public UserInfo insert(String username, String displayName, String password, long orgId, Set<Role> roles,
                           boolean mustChangePassword, Instant now) {
        UserAccount a = new UserAccount();
        a.username = username;
        a.displayName = displayName;
        a.passwordHash = encoder.encode(password);
        a.orgId = orgId;
        a.mustChangePassword = mustChangePassword;
        a.passwordChangedAt = now;
        a.createdAt = now;
        a.updatedAt = now;
        a.assignRoles(roles);
        try {
            return store.info(repository.save(a));
        } catch (DuplicateKeyException raced) {
            throw GovdxException.invalid("username", "DUPLICATE_USERNAME", username);
        }
    }

    public UserInfo update(long id, UserRequest change, Instant now) {
        UserAccount a = repository.findById(id).orElseThrow();
        if (change.displayName() != null) {
            a.displayName = change.displayName().trim();
        }
        if (change.orgId() != null) {
            a.orgId = change.orgId();
        }
        if (change.roles() != null) {
            a.assignRoles(change.roles());
        }
        if (change.enabled() != null) {
            a.enabled = change.enabled();
        }
        a.updatedAt = now;
        return store.info(repository.save(a));
    }

    public void setPassword(long id, String password, boolean mustChange, Instant now) {
        UserAccount a = repository.findById(id).orElseThrow();
        a.passwordHash = encoder.encode(password);
        a.mustChangePassword = mustChange;
        a.passwordChangedAt = now;
        a.updatedAt = now;
        repository.save(a);
    }

    public long enabledSysAdmins() {
        return repository.findAll().stream().filter(a -> a.enabled && a.roleSet().contains(Role.SYS_ADMIN)).count();
    }
}
