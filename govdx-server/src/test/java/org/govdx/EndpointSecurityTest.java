package org.govdx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.govdx.ApiClient.Response;
import org.govdx.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every request mapping the application registers: an anonymous call is refused unless the
 * endpoint is on the public allowlist, and each role is refused what DESIGN.md does not give it.
 * A new endpoint fails this test until its access is written down here.
 */
class EndpointSecurityTest extends IntegrationTest {

    private static final Set<Role> ALL = EnumSet.allOf(Role.class);
    private static final Set<Role> ALL_BUT_AUDITOR = EnumSet.complementOf(EnumSet.of(Role.AUDIT_ADMIN));
    private static final Set<Role> SYS = EnumSet.of(Role.SYS_ADMIN);
    private static final Set<Role> SYS_SEC = EnumSet.of(Role.SYS_ADMIN, Role.SEC_ADMIN);
    private static final Set<Role> AUDITOR = EnumSet.of(Role.AUDIT_ADMIN);
    private static final Set<Role> PROVENANCE = EnumSet.of(Role.ORG_DATA_USER, Role.ORG_APPROVER, Role.ORG_CATALOG_ADMIN,
            Role.PLATFORM_OPERATOR, Role.AUDIT_ADMIN);
    private static final Set<Role> DATA_USER = EnumSet.of(Role.ORG_DATA_USER);
    private static final Set<Role> DATA_USER_OPERATOR = EnumSet.of(Role.ORG_DATA_USER, Role.PLATFORM_OPERATOR);
    /** Marks an endpoint anyone may call without signing in. */
    private static final Set<Role> PUBLIC = null;

    /** The access each endpoint grants, as DESIGN.md's role table says. */
    private static final Map<String, Set<Role>> ACCESS = new LinkedHashMap<>();

    static {
        ACCESS.put("POST /api/v1/auth/token", PUBLIC);
        ACCESS.put("POST /api/v1/auth/password", PUBLIC);
        ACCESS.put("GET /api/v1/me", ALL);
        ACCESS.put("GET /api/v1/orgs", ALL_BUT_AUDITOR);
        ACCESS.put("GET /api/v1/orgs/{id}", ALL_BUT_AUDITOR);
        ACCESS.put("POST /api/v1/orgs", SYS);
        ACCESS.put("PUT /api/v1/orgs/{id}", SYS);
        ACCESS.put("GET /api/v1/users", ALL_BUT_AUDITOR);
        ACCESS.put("GET /api/v1/users/{id}", ALL_BUT_AUDITOR);
        ACCESS.put("POST /api/v1/users", SYS);
        ACCESS.put("PUT /api/v1/users/{id}", SYS);
        ACCESS.put("PUT /api/v1/users/{id}/roles", SYS_SEC);
        ACCESS.put("POST /api/v1/users/{id}/disable", SYS);
        ACCESS.put("POST /api/v1/users/{id}/enable", SYS);
        ACCESS.put("POST /api/v1/users/{id}/unlock", SYS_SEC);
        ACCESS.put("POST /api/v1/users/{id}/reset-password", SYS);
        ACCESS.put("GET /api/v1/audit-events", AUDITOR);
        ACCESS.put("POST /api/v1/apps", DATA_USER);
        ACCESS.put("GET /api/v1/apps", DATA_USER_OPERATOR);
        ACCESS.put("GET /api/v1/apps/{id}", DATA_USER_OPERATOR);
        ACCESS.put("POST /api/v1/apps/{id}/rotate-secret", DATA_USER);
        ACCESS.put("POST /api/v1/apps/{id}/disable", DATA_USER);
        ACCESS.put("POST /api/v1/apps/{id}/enable", DATA_USER);
        ACCESS.put("GET /login", PUBLIC);
        ACCESS.put("GET /error", PUBLIC);
        ACCESS.put("GET /", ALL);
        ACCESS.put("GET /account/password", ALL);
        ACCESS.put("POST /account/password", ALL);
        ACCESS.put("GET /orgs", SYS);
        ACCESS.put("POST /orgs", SYS);
        ACCESS.put("GET /orgs/{id}", SYS);
        ACCESS.put("POST /orgs/{id}", SYS);
        ACCESS.put("GET /users", SYS_SEC);
        ACCESS.put("POST /users", SYS);
        ACCESS.put("GET /users/{id}", SYS_SEC);
        ACCESS.put("POST /users/{id}", SYS);
        ACCESS.put("POST /users/{id}/roles", SYS_SEC);
        ACCESS.put("POST /users/{id}/disable", SYS);
        ACCESS.put("POST /users/{id}/enable", SYS);
        ACCESS.put("POST /users/{id}/unlock", SYS_SEC);
        ACCESS.put("POST /users/{id}/reset-password", SYS);
        ACCESS.put("GET /audit", AUDITOR);
        // API documentation: any signed-in user
        ACCESS.put("GET /v3/api-docs", ALL);
        ACCESS.put("GET /v3/api-docs.yaml", ALL);
        ACCESS.put("GET /v3/api-docs/swagger-config", ALL);
        ACCESS.put("GET /v3/api-docs/{group}", ALL);
        ACCESS.put("GET /v3/api-docs.yaml/{group}", ALL);
        ACCESS.put("GET /swagger-ui.html", ALL);
        // ledger: verification material for any signed-in user; entries, search and audit for the auditor
        ACCESS.put("GET /api/v1/ledger/checkpoint", ALL);
        ACCESS.put("GET /api/v1/ledger/public-key", ALL);
        ACCESS.put("GET /api/v1/ledger/public-keys", ALL);
        ACCESS.put("GET /api/v1/ledger/proof/inclusion", ALL);
        ACCESS.put("GET /api/v1/ledger/proof/consistency", ALL);
        ACCESS.put("GET /api/v1/ledger/entries", AUDITOR);
        ACCESS.put("GET /api/v1/ledger/entries/{index}", AUDITOR);
        ACCESS.put("POST /api/v1/ledger/audit", AUDITOR);
        ACCESS.put("GET /api/v1/ledger/export", AUDITOR);
        ACCESS.put("GET /api/v1/ledger/checkpoints", ALL);
        ACCESS.put("GET /api/v1/provenance", PROVENANCE);
        ACCESS.put("GET /api/v1/provenance/proof", PROVENANCE);
        ACCESS.put("GET /provenance", PROVENANCE);
        ACCESS.put("GET /provenance/proof", PROVENANCE);
        ACCESS.put("GET /ledger", AUDITOR);
        ACCESS.put("POST /ledger/audit", AUDITOR);
        // catalog: reads for every signed-in user but the auditor; changes by the provider's catalog admins; reviews by the operator
        ACCESS.put("GET /api/v1/catalog", ALL_BUT_AUDITOR);
        ACCESS.put("POST /api/v1/catalog", EnumSet.of(Role.ORG_CATALOG_ADMIN));
        ACCESS.put("GET /api/v1/catalog/{id}", ALL_BUT_AUDITOR);
        ACCESS.put("PUT /api/v1/catalog/{id}", EnumSet.of(Role.ORG_CATALOG_ADMIN));
        ACCESS.put("POST /api/v1/catalog/{id}/submit", EnumSet.of(Role.ORG_CATALOG_ADMIN));
        ACCESS.put("POST /api/v1/catalog/{id}/review", EnumSet.of(Role.PLATFORM_OPERATOR));
        ACCESS.put("POST /api/v1/catalog/{id}/withdraw", EnumSet.of(Role.ORG_CATALOG_ADMIN));
        ACCESS.put("GET /api/v1/catalog/{id}/versions", ALL_BUT_AUDITOR);
        ACCESS.put("GET /api/v1/catalog/{id}/versions/compare", ALL_BUT_AUDITOR);
        ACCESS.put("GET /api/v1/catalog/classifications", ALL_BUT_AUDITOR);
        ACCESS.put("GET /api/v1/catalog/reviews", EnumSet.of(Role.PLATFORM_OPERATOR));
        ACCESS.put("GET /api/v1/catalog/mounting-rates", EnumSet.of(Role.PLATFORM_OPERATOR, Role.LEADER));
        ACCESS.put("POST /api/v1/catalog/index/rebuild", EnumSet.of(Role.SYS_ADMIN, Role.PLATFORM_OPERATOR));
        ACCESS.put("GET /api/v1/catalog/template.xlsx", EnumSet.of(Role.ORG_CATALOG_ADMIN, Role.PLATFORM_OPERATOR));
        ACCESS.put("POST /api/v1/catalog/import", EnumSet.of(Role.ORG_CATALOG_ADMIN));
        ACCESS.put("GET /api/v1/catalog/export.xlsx", ALL_BUT_AUDITOR);
        ACCESS.put("GET /catalog", ALL_BUT_AUDITOR);
        ACCESS.put("POST /catalog", EnumSet.of(Role.ORG_CATALOG_ADMIN));
        ACCESS.put("GET /catalog/new", EnumSet.of(Role.ORG_CATALOG_ADMIN));
        ACCESS.put("GET /catalog/{id}", ALL_BUT_AUDITOR);
        ACCESS.put("POST /catalog/{id}", EnumSet.of(Role.ORG_CATALOG_ADMIN));
        ACCESS.put("GET /catalog/{id}/edit", EnumSet.of(Role.ORG_CATALOG_ADMIN));
        ACCESS.put("POST /catalog/{id}/submit", EnumSet.of(Role.ORG_CATALOG_ADMIN));
        ACCESS.put("POST /catalog/{id}/review", EnumSet.of(Role.PLATFORM_OPERATOR));
        ACCESS.put("POST /catalog/{id}/withdraw", EnumSet.of(Role.ORG_CATALOG_ADMIN));
        ACCESS.put("GET /catalog/reviews", EnumSet.of(Role.PLATFORM_OPERATOR));
        ACCESS.put("GET /catalog/import", EnumSet.of(Role.ORG_CATALOG_ADMIN));
        ACCESS.put("POST /catalog/import", EnumSet.of(Role.ORG_CATALOG_ADMIN));
        ACCESS.put("GET /catalog/template.xlsx", EnumSet.of(Role.ORG_CATALOG_ADMIN, Role.PLATFORM_OPERATOR));
        ACCESS.put("GET /catalog/export.xlsx", ALL_BUT_AUDITOR);
        // source: data sources of the caller's org (catalog admins only)
        ACCESS.put("GET /api/v1/datasources", EnumSet.of(Role.ORG_CATALOG_ADMIN));
        ACCESS.put("POST /api/v1/datasources", EnumSet.of(Role.ORG_CATALOG_ADMIN));
        ACCESS.put("GET /api/v1/datasources/{id}", EnumSet.of(Role.ORG_CATALOG_ADMIN));
        ACCESS.put("PUT /api/v1/datasources/{id}", EnumSet.of(Role.ORG_CATALOG_ADMIN));
        ACCESS.put("POST /api/v1/datasources/{id}/test", EnumSet.of(Role.ORG_CATALOG_ADMIN));
        ACCESS.put("GET /api/v1/datasources/{id}/tables", EnumSet.of(Role.ORG_CATALOG_ADMIN));
        ACCESS.put("GET /api/v1/datasources/{id}/columns", EnumSet.of(Role.ORG_CATALOG_ADMIN));
        // sharing (issue 4)
        Set<Role> sharingReaders = EnumSet.of(Role.ORG_DATA_USER, Role.ORG_APPROVER, Role.PLATFORM_OPERATOR);
        ACCESS.put("POST /api/v1/applications", DATA_USER);
        ACCESS.put("GET /api/v1/applications", sharingReaders);
        ACCESS.put("GET /api/v1/applications/queue", EnumSet.of(Role.ORG_APPROVER));
        ACCESS.put("GET /api/v1/applications/overdue", EnumSet.of(Role.PLATFORM_OPERATOR));
        ACCESS.put("GET /api/v1/applications/{id}", sharingReaders);
        ACCESS.put("POST /api/v1/applications/{id}/return", EnumSet.of(Role.ORG_APPROVER));
        ACCESS.put("POST /api/v1/applications/{id}/resubmit", DATA_USER);
        ACCESS.put("POST /api/v1/applications/{id}/extend", EnumSet.of(Role.ORG_APPROVER));
        ACCESS.put("POST /api/v1/applications/{id}/extend/approve", EnumSet.of(Role.PLATFORM_OPERATOR));
        ACCESS.put("POST /api/v1/applications/{id}/approve", EnumSet.of(Role.ORG_APPROVER));
        ACCESS.put("POST /api/v1/applications/{id}/reject", EnumSet.of(Role.ORG_APPROVER));
        ACCESS.put("POST /api/v1/applications/{id}/withdraw", DATA_USER);
        ACCESS.put("POST /api/v1/applications/coordinations", EnumSet.of(Role.PLATFORM_OPERATOR));
        ACCESS.put("POST /api/v1/applications/{id}/coordinate", EnumSet.of(Role.PLATFORM_OPERATOR));
        ACCESS.put("GET /api/v1/grants", sharingReaders);
        ACCESS.put("GET /api/v1/grants/{id}", sharingReaders);
        ACCESS.put("POST /api/v1/grants/{id}/revoke", EnumSet.of(Role.ORG_APPROVER, Role.PLATFORM_OPERATOR));
        ACCESS.put("POST /api/v1/grants/{id}/end", DATA_USER);
        ACCESS.put("GET /api/v1/grants/{id}/disposal", sharingReaders);
        ACCESS.put("POST /api/v1/grants/{id}/disposal", DATA_USER);
        ACCESS.put("GET /api/v1/notifications", ALL);
        ACCESS.put("GET /api/v1/notifications/unread-count", ALL);
        ACCESS.put("POST /api/v1/notifications/{id}/read", ALL);
        ACCESS.put("POST /api/v1/notifications/read-all", ALL);
        ACCESS.put("GET /notifications", ALL);
        ACCESS.put("POST /notifications/{id}/read", ALL);
        ACCESS.put("POST /notifications/read-all", ALL);
        Set<Role> demandReaders = EnumSet.of(Role.ORG_DATA_USER, Role.ORG_CATALOG_ADMIN, Role.ORG_APPROVER,
                Role.PLATFORM_OPERATOR);
        ACCESS.put("POST /api/v1/demands", DATA_USER);
        ACCESS.put("GET /api/v1/demands", demandReaders);
        ACCESS.put("GET /api/v1/demands/suggestions", demandReaders);
        ACCESS.put("GET /api/v1/demands/satisfaction", EnumSet.of(Role.PLATFORM_OPERATOR, Role.LEADER));
        ACCESS.put("GET /api/v1/demands/{id}", demandReaders);
        ACCESS.put("POST /api/v1/demands/{id}/assign", DATA_USER_OPERATOR);
        ACCESS.put("POST /api/v1/demands/{id}/accept", EnumSet.of(Role.ORG_CATALOG_ADMIN, Role.ORG_APPROVER));
        ACCESS.put("POST /api/v1/demands/{id}/refuse", EnumSet.of(Role.ORG_CATALOG_ADMIN, Role.ORG_APPROVER));
        ACCESS.put("POST /api/v1/demands/{id}/escalate", DATA_USER);
        ACCESS.put("POST /api/v1/demands/{id}/coordinate", EnumSet.of(Role.PLATFORM_OPERATOR));
        ACCESS.put("POST /api/v1/demands/{id}/fulfil", demandReaders);
        ACCESS.put("POST /api/v1/demands/{id}/close", DATA_USER_OPERATOR);
        ACCESS.put("GET /sharing/apply", DATA_USER);
        ACCESS.put("POST /sharing/apply", DATA_USER);
        ACCESS.put("POST /sharing/apps", DATA_USER);
        ACCESS.put("GET /sharing/applications", sharingReaders);
        ACCESS.put("GET /sharing/applications/{id}", sharingReaders);
        ACCESS.put("POST /sharing/applications/{id}/approve", EnumSet.of(Role.ORG_APPROVER));
        ACCESS.put("POST /sharing/applications/{id}/reject", EnumSet.of(Role.ORG_APPROVER));
        ACCESS.put("POST /sharing/applications/{id}/return", EnumSet.of(Role.ORG_APPROVER));
        ACCESS.put("POST /sharing/applications/{id}/extend", EnumSet.of(Role.ORG_APPROVER));
        ACCESS.put("POST /sharing/applications/{id}/extend/approve", EnumSet.of(Role.PLATFORM_OPERATOR));
        ACCESS.put("POST /sharing/applications/{id}/resubmit", DATA_USER);
        ACCESS.put("POST /sharing/applications/{id}/withdraw", DATA_USER);
        ACCESS.put("GET /sharing/queue", EnumSet.of(Role.ORG_APPROVER));
        ACCESS.put("GET /sharing/grants", sharingReaders);
        ACCESS.put("POST /sharing/grants/{id}/revoke", EnumSet.of(Role.ORG_APPROVER, Role.PLATFORM_OPERATOR));
        ACCESS.put("POST /sharing/grants/{id}/disposal", DATA_USER);
        ACCESS.put("GET /sharing/overview", EnumSet.of(Role.PLATFORM_OPERATOR));
        ACCESS.put("GET /demands", demandReaders);
        ACCESS.put("POST /demands", DATA_USER);
        ACCESS.put("GET /demands/{id}", demandReaders);
        ACCESS.put("POST /demands/{id}/assign", DATA_USER_OPERATOR);
        ACCESS.put("POST /demands/{id}/accept", EnumSet.of(Role.ORG_CATALOG_ADMIN, Role.ORG_APPROVER));
        ACCESS.put("POST /demands/{id}/refuse", EnumSet.of(Role.ORG_CATALOG_ADMIN, Role.ORG_APPROVER));
        ACCESS.put("POST /demands/{id}/escalate", DATA_USER);
        ACCESS.put("POST /demands/{id}/coordinate", EnumSet.of(Role.PLATFORM_OPERATOR));
        ACCESS.put("POST /demands/{id}/close", DATA_USER_OPERATOR);
        ACCESS.put("POST /api/v1/datasources/{id}/files", EnumSet.of(Role.ORG_CATALOG_ADMIN));
        ACCESS.put("GET /api/v1/datasources/{id}/files", EnumSet.of(Role.ORG_CATALOG_ADMIN));
        // source: mounts and preview (provider catalog admins; the operator reviews)
        ACCESS.put("PUT /api/v1/catalog/{id}/mount", EnumSet.of(Role.ORG_CATALOG_ADMIN));
        ACCESS.put("GET /api/v1/catalog/{id}/mount", EnumSet.of(Role.ORG_CATALOG_ADMIN, Role.PLATFORM_OPERATOR));
        ACCESS.put("POST /api/v1/catalog/{id}/mount/check", EnumSet.of(Role.ORG_CATALOG_ADMIN, Role.PLATFORM_OPERATOR));
        ACCESS.put("GET /api/v1/catalog/{id}/preview", EnumSet.of(Role.ORG_CATALOG_ADMIN, Role.PLATFORM_OPERATOR));
        ACCESS.put("GET /api/v1/mounts", EnumSet.of(Role.ORG_CATALOG_ADMIN));
        ACCESS.put("GET /api/v1/mounts/rates", EnumSet.of(Role.PLATFORM_OPERATOR, Role.LEADER));
        // source pages
        ACCESS.put("GET /datasources", EnumSet.of(Role.ORG_CATALOG_ADMIN));
        ACCESS.put("POST /datasources", EnumSet.of(Role.ORG_CATALOG_ADMIN));
        ACCESS.put("GET /datasources/{id}", EnumSet.of(Role.ORG_CATALOG_ADMIN));
        ACCESS.put("POST /datasources/{id}", EnumSet.of(Role.ORG_CATALOG_ADMIN));
        ACCESS.put("POST /datasources/{id}/test", EnumSet.of(Role.ORG_CATALOG_ADMIN));
        ACCESS.put("POST /datasources/{id}/files", EnumSet.of(Role.ORG_CATALOG_ADMIN));
        ACCESS.put("GET /mounts", EnumSet.of(Role.ORG_CATALOG_ADMIN));
        ACCESS.put("GET /mounts/open", EnumSet.of(Role.ORG_CATALOG_ADMIN));
        ACCESS.put("GET /mounts/{entryId}", EnumSet.of(Role.ORG_CATALOG_ADMIN));
        ACCESS.put("POST /mounts/{entryId}", EnumSet.of(Role.ORG_CATALOG_ADMIN));
        ACCESS.put("POST /mounts/{entryId}/check", EnumSet.of(Role.ORG_CATALOG_ADMIN, Role.PLATFORM_OPERATOR));
        ACCESS.put("GET /mounts/{entryId}/preview", EnumSet.of(Role.ORG_CATALOG_ADMIN, Role.PLATFORM_OPERATOR));
        ACCESS.put("GET /mounts/rates", EnumSet.of(Role.PLATFORM_OPERATOR, Role.LEADER));
        // exchange: bulk sync jobs (the consumer's data users manage; provider staff and the operator look on)
        Set<Role> syncReaders = EnumSet.of(Role.ORG_DATA_USER, Role.ORG_CATALOG_ADMIN, Role.ORG_APPROVER,
                Role.PLATFORM_OPERATOR);
        ACCESS.put("POST /api/v1/sync-jobs", DATA_USER);
        ACCESS.put("GET /api/v1/sync-jobs", syncReaders);
        ACCESS.put("GET /api/v1/sync-jobs/{id}", syncReaders);
        ACCESS.put("GET /api/v1/sync-jobs/{id}/runs", syncReaders);
        ACCESS.put("POST /api/v1/sync-jobs/{id}/run", DATA_USER);
        ACCESS.put("POST /api/v1/sync-jobs/{id}/disable", DATA_USER);
        ACCESS.put("POST /api/v1/sync-jobs/{id}/enable", DATA_USER);
        ACCESS.put("DELETE /api/v1/sync-jobs/{id}", DATA_USER);
        ACCESS.put("GET /exchange/sync-jobs", syncReaders);
        ACCESS.put("POST /exchange/sync-jobs", DATA_USER);
        ACCESS.put("GET /exchange/sync-jobs/{id}", syncReaders);
        ACCESS.put("GET /exchange/sync-jobs/{id}/progress", syncReaders);
        ACCESS.put("POST /exchange/sync-jobs/{id}/run", DATA_USER);
        ACCESS.put("POST /exchange/sync-jobs/{id}/disable", DATA_USER);
        ACCESS.put("POST /exchange/sync-jobs/{id}/enable", DATA_USER);
        ACCESS.put("POST /exchange/sync-jobs/{id}/delete", DATA_USER);
        // quality: rules and scans (provider catalog admins, operator), scores (all but the auditor), issues
        Set<Role> qualityManagers = EnumSet.of(Role.ORG_CATALOG_ADMIN, Role.PLATFORM_OPERATOR);
        Set<Role> qualityReaders = EnumSet.complementOf(EnumSet.of(Role.AUDIT_ADMIN));
        Set<Role> issueParties = EnumSet.of(Role.ORG_CATALOG_ADMIN, Role.ORG_DATA_USER, Role.PLATFORM_OPERATOR);
        ACCESS.put("POST /api/v1/quality/rules", qualityManagers);
        ACCESS.put("POST /api/v1/quality/rules/prefill", qualityManagers);
        ACCESS.put("GET /api/v1/quality/rules", qualityManagers);
        ACCESS.put("GET /api/v1/quality/rules/{id}", qualityManagers);
        ACCESS.put("PUT /api/v1/quality/rules/{id}", qualityManagers);
        ACCESS.put("DELETE /api/v1/quality/rules/{id}", qualityManagers);
        ACCESS.put("POST /api/v1/quality/scans", qualityManagers);
        ACCESS.put("GET /api/v1/quality/scans", qualityManagers);
        ACCESS.put("GET /api/v1/quality/scans/{id}", qualityManagers);
        ACCESS.put("GET /api/v1/quality/scores", qualityReaders);
        ACCESS.put("POST /api/v1/quality/issues", DATA_USER_OPERATOR);
        ACCESS.put("GET /api/v1/quality/issues", issueParties);
        ACCESS.put("GET /api/v1/quality/issues/stats", EnumSet.of(Role.PLATFORM_OPERATOR, Role.LEADER));
        ACCESS.put("GET /api/v1/quality/issues/{id}", issueParties);
        ACCESS.put("POST /api/v1/quality/issues/{id}/{transition}", issueParties);
        ACCESS.put("GET /quality", qualityReaders);
        ACCESS.put("GET /quality/orgs/{id}", qualityReaders);
        ACCESS.put("GET /quality/entries/{id}", qualityReaders);
        ACCESS.put("GET /quality/scans/{id}", qualityManagers);
        ACCESS.put("POST /quality/entries/{id}/rules", qualityManagers);
        ACCESS.put("POST /quality/rules/{id}/delete", qualityManagers);
        ACCESS.put("POST /quality/entries/{id}/prefill", qualityManagers);
        ACCESS.put("POST /quality/entries/{id}/scan", qualityManagers);
        ACCESS.put("GET /quality/issues", issueParties);
        ACCESS.put("GET /quality/issues/{id}", issueParties);
        ACCESS.put("POST /quality/issues/{id}/{transition}", issueParties);
        ACCESS.put("GET /quality/reports/new", DATA_USER_OPERATOR);
        ACCESS.put("POST /quality/reports", DATA_USER_OPERATOR);
        // exchange gateway: app tokens only, no user role
        ACCESS.put("GET /api/v1/exchange/{resourceCode}/records", EnumSet.noneOf(Role.class));
        ACCESS.put("POST /api/v1/exchange/{resourceCode}/query", EnumSet.noneOf(Role.class));
        ACCESS.put("POST /api/v1/exchange/{resourceCode}/verify", EnumSet.noneOf(Role.class));
        Set<Role> usageReaders = EnumSet.of(Role.ORG_DATA_USER, Role.ORG_APPROVER, Role.ORG_CATALOG_ADMIN,
                Role.PLATFORM_OPERATOR, Role.AUDIT_ADMIN, Role.LEADER);
        ACCESS.put("GET /api/v1/usage", usageReaders);
        ACCESS.put("GET /api/v1/usage/{requestId}", usageReaders);
        ACCESS.put("GET /api/v1/usage/summary", usageReaders);
        ACCESS.put("GET /exchange", usageReaders);
        ACCESS.put("GET /exchange/grants/{id}/try", DATA_USER);
        ACCESS.put("POST /exchange/grants/{id}/try", DATA_USER);
    }

    /** A demo user holding exactly each role. */
    private static final Map<Role, String> USER_OF = Map.of(
            Role.SYS_ADMIN, "sysadmin", Role.SEC_ADMIN, "secadmin", Role.AUDIT_ADMIN, "auditor",
            Role.PLATFORM_OPERATOR, "operator", Role.LEADER, "leader", Role.ORG_CATALOG_ADMIN, "gaj_catalog",
            Role.ORG_APPROVER, "gaj_approver", Role.ORG_DATA_USER, "gaj_user");

    @Autowired
    ApplicationContext context;

    private List<String> endpoints() {
        Set<String> found = new TreeSet<>();
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        found.add("GET " + pattern);
                    }
                    methods.forEach(m -> found.add(m.name() + " " + pattern));
                }
            }
        }
        return new ArrayList<>(found);
    }

    private static String concrete(String pattern) {
        return pattern.replaceAll("\\{[^}]+}", "987654321");
    }

    private Response call(String endpoint, String token) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = concrete(endpoint.substring(endpoint.indexOf(' ') + 1));
        return api.send(method, path, token, method.equals("GET") ? null : "{}", null);
    }

    @Test
    void everyEndpointHasADeclaredAccessRule() {
        List<String> missing = endpoints().stream().filter(e -> !ACCESS.containsKey(e)).toList();
        assertThat(missing).as("endpoints without an access rule in ACCESS").isEmpty();
    }

    @Test
    void anonymousCallsAreRefusedOutsideTheAllowlist() {
        for (String endpoint : endpoints()) {
            if (ACCESS.containsKey(endpoint) && ACCESS.get(endpoint) == PUBLIC) {
                continue;
            }
            Response r = call(endpoint, null);
            boolean refused = r.status() == 401 || r.status() == 403
                    || (r.status() == 302 && r.header("Location").endsWith("/login"));
            assertThat(refused).as("anonymous %s answered %s", endpoint, r.status()).isTrue();
        }
    }

    @Test
    void eachRoleIsRefusedWhatItIsNotGivenAndAdmittedToWhatItIs() {
        Map<Role, String> tokens = new LinkedHashMap<>();
        USER_OF.forEach((role, user) -> tokens.put(role, tokenOf(user)));
        for (String endpoint : endpoints()) {
            Set<Role> allowed = ACCESS.get(endpoint);
            if (allowed == PUBLIC || !ACCESS.containsKey(endpoint)) {
                continue;
            }
            for (Role role : Role.values()) {
                Response r = call(endpoint, tokens.get(role));
                if (allowed.contains(role)) {
                    assertThat(r.status()).as("%s as %s", endpoint, role).isNotIn(401, 403);
                } else {
                    assertThat(r.status()).as("%s as %s", endpoint, role).isEqualTo(403);
                }
            }
        }
    }

    @Test
    void healthIsPublicAndOtherActuatorEndpointsAreForTheSystemAdmin() {
        assertThat(api.get("/actuator/health", null).status()).isEqualTo(200);
        assertThat(api.get("/actuator/prometheus", null).status()).isIn(302, 401);
        assertThat(api.get("/actuator/prometheus", tokenOf("gaj_user")).status()).isEqualTo(403);
        assertThat(api.get("/actuator/prometheus", tokenOf("auditor")).status()).isEqualTo(403);
        Response metrics = api.getText("/actuator/prometheus", tokenOf("sysadmin"));
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.text()).contains("jvm_memory_used_bytes");
    }
}
