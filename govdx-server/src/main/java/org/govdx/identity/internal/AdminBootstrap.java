package org.govdx.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import org.govdx.common.CreditCode;
import org.govdx.identity.AuditLog;
import org.govdx.identity.AuditResult;
import org.govdx.identity.OrgInfo;
import org.govdx.identity.OrgType;
import org.govdx.identity.Role;
import org.govdx.identity.UserRequest;
import org.govdx.identity.Users;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first SYS_ADMIN, {@code admin}, when it does not exist. With no configured password
 * a random one is printed once and must be changed at first sign-in.
 */
@Component
@Order(20)
class AdminBootstrap implements ApplicationRunner {

    static final String ADMIN = "admin";
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final BootstrapSettings settings;
    private final UserStore userStore;
    private final OrgStore orgStore;
    private final Users users;
    private final AuditLog audit;
    private final Clock clock;

    AdminBootstrap(BootstrapSettings settings, UserStore userStore, OrgStore orgStore, Users users, AuditLog audit,
                   Clock clock) {
        this.settings = settings;
        this.userStore = userStore;
        this.orgStore = orgStore;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (userStore.usernameTaken(ADMIN)) {
            return;
        }
        OrgInfo root = orgStore.all().stream()
                .filter(o -> o.parentId() == null && o.type() == OrgType.GOVERNMENT)
                .min((a, b) -> Long.compare(a.id(), b.id()))
                .orElseGet(this::createRootOrg);
        boolean configured = settings.adminPassword() != null && !settings.adminPassword().isBlank();
        String password = configured ? settings.adminPassword() : RandomPasswords.generate();
        users.create(new UserRequest(ADMIN, password, "系统管理员 admin", root.id(), EnumSet.of(Role.SYS_ADMIN), true),
                !configured);
        audit.recordFor("system", null, "ADMIN_BOOTSTRAP", "user:" + ADMIN, AuditResult.SUCCESS,
                configured ? "configured password" : "generated password");
        if (!configured) {
            log.warn("""

                    ==================== GovDX first administrator ====================
                    Username: admin   Password (shown once, change it at first sign-in): {}
                    ===================================================================""", password);
        }
    }

    private OrgInfo createRootOrg() {
        String creditCode = settings.orgCreditCode();
        if (creditCode != null && !CreditCode.isValid(creditCode)) {
            throw new IllegalStateException("govdx.bootstrap.org-credit-code is not a valid 统一社会信用代码");
        }
        Instant now = Instant.now(clock);
        return orgStore.insert(new OrgInfo(null, settings.orgName(), settings.orgCode(), OrgType.GOVERNMENT,
                creditCode, null, true, now, now));
    }
}
