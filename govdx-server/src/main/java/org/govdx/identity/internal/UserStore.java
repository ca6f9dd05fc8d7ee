package org.govdx.identity.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.govdx.common.PageRequest;
import org.govdx.common.PageResponse;
import org.govdx.identity.CurrentUser;
import org.govdx.identity.OrgInfo;
import org.govdx.identity.Role;
import org.govdx.identity.UserInfo;
import org.springframework.stereotype.Component;

/** Persistence of user accounts behind {@link org.govdx.identity.Users}. */
@Component
public class UserStore {

    private final UserRepository repository;
    private final OrgStore orgs;
    private final LoginAttempts attempts;

    UserStore(UserRepository repository, OrgStore orgs, LoginAttempts attempts) {
        this.repository = repository;
        this.orgs = orgs;
        this.attempts = attempts;
    }

    public static String normalize(String username) {
        return username == null ? null : username.trim().toLowerCase(Locale.ROOT);
    }

    Optional<UserAccount> account(long id) {
        return repository.findById(id);
    }

    Optional<UserAccount> account(String username) {
        return repository.findByUsername(normalize(username));
    }

    UserAccount save(UserAccount account) {
        return repository.save(account);
    }

    public boolean usernameTaken(String username) {
        return repository.existsByUsername(normalize(username));
    }

    public long count() {
        return repository.count();
    }

    /** Users of the given orgs (all users when {@code orgIds} is null), filtered by a text in name or username. */
    public PageResponse<UserInfo> list(Collection<Long> orgIds, Long orgId, String q, PageRequest page) {
        String text = q == null || q.isBlank() ? null : q.trim().toLowerCase(Locale.ROOT);
        List<UserAccount> matching = new ArrayList<>();
        for (UserAccount a : repository.findAll()) {
            boolean inScope = orgIds == null || orgIds.contains(a.orgId);
            boolean inOrg = orgId == null || orgId.equals(a.orgId);
            boolean matches = text == null || a.username.contains(text)
                    || a.displayName.toLowerCase(Locale.ROOT).contains(text);
            if (inScope && inOrg && matches) {
                matching.add(a);
            }
        }
        matching.sort((x, y) -> x.username.compareTo(y.username));
        Map<Long, OrgInfo> orgById = orgs.all().stream().collect(Collectors.toMap(OrgInfo::id, Function.identity()));
        Set<String> locked = Set.copyOf(attempts.lockedNames());
        List<UserInfo> content = matching.stream()
                .skip(page.offset())
                .limit(page.size())
                .map(a -> info(a, orgById.get(a.orgId), locked.contains(a.username)))
                .toList();
        return new PageResponse<>(content, page.page(), page.size(), matching.size());
    }

    public Optional<UserInfo> find(long id) {
        return repository.findById(id).map(this::info);
    }

    UserInfo info(UserAccount a) {
        return info(a, orgs.find(a.orgId).orElseThrow(), attempts.lockedUntil(a.username).isPresent());
    }

    private static UserInfo info(UserAccount a, OrgInfo org, boolean locked) {
        return new UserInfo(a.id, a.username, a.displayName, a.orgId, org.code(), org.name(), a.roleSet(),
                a.enabled, locked, a.mustChangePassword, a.createdAt);
    }

    /** The principal for an account, when the account and its org are enabled. */
    public Optional<CurrentUser> currentUser(long id) {
        return repository.findById(id).flatMap(this::currentUser);
    }

    Optional<CurrentUser> currentUser(UserAccount a) {
        OrgInfo org = orgs.find(a.orgId).orElse(null);
        if (!a.enabled || org == null || !org.enabled()) {
            return Optional.empty();
        }
        Set<Role> roles = a.roleSet();
        return Optional.of(new CurrentUser(a.id, a.username, a.displayName, org.id(), org.code(), org.name(),
                org.type(), roles, a.mustChangePassword));
    }
}
