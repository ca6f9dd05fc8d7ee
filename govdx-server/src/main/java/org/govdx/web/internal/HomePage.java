package org.govdx.web.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.govdx.common.PageRequest;
import org.govdx.identity.AuditLog;
import org.govdx.identity.AuditQuery;
import org.govdx.identity.AuditResult;
import org.govdx.identity.CurrentUser;
import org.govdx.identity.OrgInfo;
import org.govdx.identity.OrgType;
import org.govdx.identity.Orgs;
import org.govdx.identity.Role;
import org.govdx.identity.UserInfo;
import org.govdx.identity.Users;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: each role sees the panels of its own work. */
@Controller
class HomePage {

    private final Orgs orgs;
    private final Users users;
    private final AuditLog audit;
    private final Clock clock;

    HomePage(Orgs orgs, Users users, AuditLog audit, Clock clock) {
        this.orgs = orgs;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser me, Model model) {
        if (me.hasRole(Role.SYS_ADMIN)) {
            var all = orgs.all();
            model.addAttribute("governmentCount", all.stream().filter(o -> o.type() == OrgType.GOVERNMENT).count());
            model.addAttribute("departmentCount", all.stream().filter(o -> o.type() == OrgType.DEPARTMENT).count());
            model.addAttribute("disabledOrgCount", all.stream().filter(o -> !o.enabled()).count());
            model.addAttribute("userCount", users.list(null, null, new PageRequest(0, 1), me).totalElements());
        }
        if (me.hasRole(Role.SEC_ADMIN)) {
            model.addAttribute("lockedUsers", users.list(null, null, new PageRequest(0, PageRequest.MAX_SIZE), me)
                    .content().stream().filter(UserInfo::locked).toList());
        }
        if (me.hasRole(Role.AUDIT_ADMIN)) {
            Instant dayAgo = Instant.now(clock).minus(Duration.ofDays(1));
            model.addAttribute("recentEvents", audit.search(new AuditQuery(null, null, null, null, null),
                    new PageRequest(0, 10)).content());
            model.addAttribute("deniedToday", audit.search(new AuditQuery(null, null, AuditResult.DENIED, dayAgo, null),
                    new PageRequest(0, 1)).totalElements());
            model.addAttribute("failedLoginsToday", audit.search(
                    new AuditQuery(null, "LOGIN", AuditResult.FAILURE, dayAgo, null), new PageRequest(0, 1)).totalElements());
        }
        if (!me.hasAnyRole(Role.AUDIT_ADMIN)) {
            OrgInfo org = orgs.get(me.orgId());
            model.addAttribute("myOrg", org);
            model.addAttribute("scopeSize", orgs.scopeOf(me).size());
            model.addAttribute("colleagues", users.list(me.orgId(), null, new PageRequest(0, 20), me).content());
        }
        return "web/home";
    }
}
