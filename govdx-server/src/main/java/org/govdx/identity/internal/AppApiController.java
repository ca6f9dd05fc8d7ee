package org.govdx.identity.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.govdx.identity.Audited;
import org.govdx.identity.ConsumerAppInfo;
import org.govdx.identity.ConsumerApps;
import org.govdx.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** An org's data users register and manage the apps that call the exchange gateway. */
@Tag(name = "apps", description = "Consumer apps and their credentials")
@RestController
@RequestMapping("/api/v1/apps")
class AppApiController {

    static final String OWNERS = "hasRole('ORG_DATA_USER')";
    static final String READERS = "hasAnyRole('ORG_DATA_USER','PLATFORM_OPERATOR')";

    private final ConsumerApps apps;

    AppApiController(ConsumerApps apps) {
        this.apps = apps;
    }

    @Operation(summary = "Register an app; the answer shows its appSecret this once")
    @PreAuthorize(OWNERS)
    @Audited("APP_REGISTER")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ConsumerAppInfo register(@RequestBody AppRequest request, @AuthenticationPrincipal CurrentUser me) {
        return apps.register(request.name(), request.description(), request.allowedIps(), me);
    }

    @Operation(summary = "The apps of my org (all apps for the platform operator)")
    @PreAuthorize(READERS)
    @GetMapping
    List<ConsumerAppInfo> list(@AuthenticationPrincipal CurrentUser me) {
        return apps.list(me);
    }

    @Operation(summary = "One app")
    @PreAuthorize(READERS)
    @GetMapping("/{id}")
    ConsumerAppInfo get(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        return apps.get(id, me);
    }

    @Operation(summary = "Replace the app's secret; the answer shows the new appSecret this once")
    @PreAuthorize(OWNERS)
    @Audited("APP_ROTATE_SECRET")
    @PostMapping("/{id}/rotate-secret")
    ConsumerAppInfo rotate(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        return apps.rotateSecret(id, me);
    }

    @Operation(summary = "Disable an app; its tokens stop working at once")
    @PreAuthorize(OWNERS)
    @Audited("APP_DISABLE")
    @PostMapping("/{id}/disable")
    ConsumerAppInfo disable(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        return apps.setEnabled(id, false, me);
    }

    @Operation(summary = "Enable an app again")
    @PreAuthorize(OWNERS)
    @Audited("APP_ENABLE")
    @PostMapping("/{id}/enable")
    ConsumerAppInfo enable(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        return apps.setEnabled(id, true, me);
    }

    record AppRequest(String name, String description, List<String> allowedIps) {
    }
}
