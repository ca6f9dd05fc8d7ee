package org.govdx.exchange.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.govdx.catalog.CatalogEntries;
import org.govdx.common.GovdxException;
import org.govdx.common.PageRequest;
import org.govdx.common.PageResponse;
import org.govdx.identity.ConsumerAppInfo;
import org.govdx.identity.ConsumerApps;
import org.govdx.identity.CurrentApp;
import org.govdx.identity.CurrentUser;
import org.govdx.identity.Orgs;
import org.govdx.identity.Role;
import org.govdx.sharing.GrantStatus;
import org.govdx.sharing.GrantView;
import org.govdx.sharing.Grants;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Pages of the gateway: for a consumer org its grants with a ready-to-run request each and its usage;
 * for a provider who uses its resources and how much; for the operator and auditors all of it; and
 * try-it, a query the signed-in user runs through the same gateway rules as the app.
 */
@Controller
@RequestMapping("/exchange")
class ExchangePages {

    static final String VIEWERS = UsageApiController.READERS;

    private final Grants grants;
    private final ConsumerApps apps;
    private final CatalogEntries catalog;
    private final UsageService usage;
    private final ExchangeGateway gateway;
    private final UsageRecorder recorder;
    private final Orgs orgs;
    private final Clock clock;

    ExchangePages(Grants grants, ConsumerApps apps, CatalogEntries catalog, UsageService usage,
                  ExchangeGateway gateway, UsageRecorder recorder, Orgs orgs, Clock clock) {
        this.grants = grants;
        this.apps = apps;
        this.catalog = catalog;
        this.usage = usage;
        this.gateway = gateway;
        this.recorder = recorder;
        this.orgs = orgs;
        this.clock = clock;
    }

    /** One of my org's active grants, with the request an app would send. */
    record GrantCard(GrantView grant, String appName, String curl) {
    }

    @GetMapping
    @PreAuthorize(VIEWERS)
    String overview(@AuthenticationPrincipal CurrentUser me, Model model) {
        boolean all = me.hasRole(Role.PLATFORM_OPERATOR) || me.hasRole(Role.AUDIT_ADMIN);
        boolean consumer = me.hasRole(Role.ORG_DATA_USER);
        boolean provider = me.hasRole(Role.ORG_APPROVER) || me.hasRole(Role.ORG_CATALOG_ADMIN) || me.hasRole(Role.LEADER);
        if (consumer) {
            String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
            List<GrantCard> cards = new ArrayList<>();
            for (GrantView g : grants.list("mine", GrantStatus.ACTIVE, new PageRequest(0, 100), me).content()) {
                String appName = apps.find(g.appId()).map(ConsumerAppInfo::name).orElse("#" + g.appId());
                cards.add(new GrantCard(g, appName, curl(base, g)));
            }
            model.addAttribute("cards", cards);
            model.addAttribute("mine", usage.list("consumer", null, null, null, null, new PageRequest(0, 50), me));
        }
        if (provider) {
            model.addAttribute("providerSummary", usage.summary("provider", me));
        }
        if (all) {
            model.addAttribute("allSummary", usage.summary("all", me));
            model.addAttribute("recent", usage.list("all", null, null, null, null, new PageRequest(0, 50), me));
        }
        return "exchange/overview";
    }

    @GetMapping("/grants/{id}/try")
    @PreAuthorize("hasRole('ORG_DATA_USER')")
    String tryForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        GrantView grant = ownActiveGrant(id, me);
        model.addAttribute("grant", grant);
        model.addAttribute("entry", catalog.find(grant.entryId()).orElse(null));
        model.addAttribute("form", Map.of());
        return "exchange/try";
    }

    /** Runs the query as the grant's app would, with the signed-in user recorded as the end user. */
    @PostMapping("/grants/{id}/try")
    @PreAuthorize("hasRole('ORG_DATA_USER')")
    String tryQuery(@PathVariable long id, @RequestParam MultiValueMap<String, String> form,
                    @AuthenticationPrincipal CurrentUser me, HttpServletRequest request, Model model) {
        GrantView grant = ownActiveGrant(id, me);
        ConsumerAppInfo info = apps.find(grant.appId()).filter(ConsumerAppInfo::enabled)
                .orElseThrow(() -> GovdxException.conflict("APP_DISABLED", String.valueOf(grant.appId())));
        CurrentApp app = new CurrentApp(info.id(), info.appKey(), info.name(), info.orgId(), info.orgCode(),
                info.allowedIps());
        Map<String, String> equalities = new LinkedHashMap<>();
        for (String item : grant.items()) {
            String value = form.getFirst("f." + item);
            if (value != null && !value.isBlank()) {
                equalities.put(item, value.trim());
            }
        }
        UsageDraft draft = new UsageDraft(UUID.randomUUID().toString(), clock.instant(), System.nanoTime(),
                request.getRemoteAddr(), me.getUsername());
        model.addAttribute("grant", grant);
        model.addAttribute("entry", catalog.find(grant.entryId()).orElse(null));
        model.addAttribute("form", form.toSingleValueMap());
        model.addAttribute("requestId", draft.requestId());
        try {
            PageResponse<Map<String, Object>> page = gateway.query(draft, app, String.valueOf(grant.entryId()),
                    new QueryInput(equalities, null, null, null, 0, 20));
            recorder.record(draft);
            model.addAttribute("result", page);
        } catch (GovdxException e) {
            recorder.record(draft);
            model.addAttribute("problem", e);
        }
        return "exchange/try";
    }

    private GrantView ownActiveGrant(long id, CurrentUser me) {
        GrantView grant = grants.get(id, me);
        if (!orgs.scopeOf(me).contains(grant.consumerOrgId()) || grant.status() != GrantStatus.ACTIVE) {
            throw GovdxException.notFound("GRANT_NOT_FOUND", String.valueOf(id));
        }
        return grant;
    }

    static String curl(String base, GrantView g) {
        String path = base + "/api/v1/exchange/" + URLEncoder.encode(g.entryCode(), StandardCharsets.UTF_8);
        if (g.accessModes().contains(org.govdx.sharing.AccessMode.API)) {
            return "curl -H \"Authorization: Bearer $APP_TOKEN\" \"" + path + "/records?size=10\"";
        }
        if (g.accessModes().contains(org.govdx.sharing.AccessMode.VERIFY)) {
            return "curl -H \"Authorization: Bearer $APP_TOKEN\" -H \"Content-Type: application/json\" -d '"
                    + "{\"conditions\":{\"" + g.items().get(0) + "\":\"…\"}}' \"" + path + "/verify\"";
        }
        return "curl -H \"Authorization: Bearer $APP_TOKEN\" -H \"Accept: text/csv\" -o data.csv \"" + path
                + "/records\"";
    }
}
