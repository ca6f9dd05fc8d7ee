package org.govdx.identity.internal;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.govdx.common.FormErrors;
import org.govdx.common.GovdxException;
import org.govdx.common.PageRequest;
import org.govdx.identity.Audited;
import org.govdx.identity.CurrentUser;
import org.govdx.identity.Orgs;
import org.govdx.identity.Role;
import org.govdx.identity.UserInfo;
import org.govdx.identity.UserRequest;
import org.govdx.identity.Users;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** User administration pages: SYS_ADMIN manages accounts, SEC_ADMIN changes roles and unlocks. */
@Controller
@RequestMapping("/users")
class UserPages {

    private final Users users;
    private final Orgs orgs;
    private final FormErrors formErrors;

    UserPages(Users users, Orgs orgs, FormErrors formErrors) {
        this.users = users;
        this.orgs = orgs;
        this.formErrors = formErrors;
    }

    @PreAuthorize("hasAnyRole('SYS_ADMIN','SEC_ADMIN')")
    @GetMapping
    String list(@RequestParam(required = false) Long orgId, @RequestParam(required = false) String q,
                @RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("users", users.list(orgId, q, new PageRequest(page, 20), me));
        model.addAttribute("orgs", orgs.tree());
        model.addAttribute("roles", Role.values());
        model.addAttribute("orgId", orgId);
        model.addAttribute("q", q);
        return "identity/users";
    }

    @PreAuthorize("hasRole('SYS_ADMIN')")
    @Audited("USER_CREATE")
    @PostMapping
    String create(@RequestParam(required = false) String username,
                  @RequestParam(required = false) String displayName,
                  @RequestParam(required = false) String password,
                  @RequestParam(required = false) Long orgId, @RequestParam(required = false) Set<Role> roles,
                  @AuthenticationPrincipal CurrentUser me, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            UserInfo created = users.create(new UserRequest(username, password, displayName, orgId, roleSet(roles), true));
            redirect.addFlashAttribute("notice", formErrors.message("USER_SAVED", locale, created.username()));
            return "redirect:/users";
        } catch (GovdxException e) {
            model.addAttribute("errors", formErrors.of(e, locale));
            model.addAttribute("draft", new UserRequest(username, null, displayName, orgId, roleSet(roles), true));
            return list(null, null, 0, me, model);
        }
    }

    @PreAuthorize("hasAnyRole('SYS_ADMIN','SEC_ADMIN')")
    @GetMapping("/{id}")
    String edit(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("user", users.get(id, me));
        model.addAttribute("orgs", orgs.tree());
        model.addAttribute("roles", Role.values());
        return "identity/user-edit";
    }

    @PreAuthorize("hasRole('SYS_ADMIN')")
    @Audited("USER_UPDATE")
    @PostMapping("/{id}")
    String update(@PathVariable long id, @RequestParam(required = false) String displayName,
                  @RequestParam(required = false) Long orgId,
                  @AuthenticationPrincipal CurrentUser me, Model model, Locale locale, RedirectAttributes redirect) {
        return act(id, me, model, locale, redirect,
                () -> users.update(id, new UserRequest(null, null, displayName, orgId, null, null), me));
    }

    @PreAuthorize("hasAnyRole('SYS_ADMIN','SEC_ADMIN')")
    @Audited("USER_ROLES")
    @PostMapping("/{id}/roles")
    String roles(@PathVariable long id, @RequestParam(required = false) Set<Role> roles,
                 @AuthenticationPrincipal CurrentUser me, Model model, Locale locale, RedirectAttributes redirect) {
        return act(id, me, model, locale, redirect,
                () -> users.update(id, new UserRequest(null, null, null, null, roleSet(roles), null), me));
    }

    @PreAuthorize("hasRole('SYS_ADMIN')")
    @Audited("USER_DISABLE")
    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model, Locale locale,
                   RedirectAttributes redirect) {
        return act(id, me, model, locale, redirect,
                () -> users.update(id, new UserRequest(null, null, null, null, null, false), me));
    }

    @PreAuthorize("hasRole('SYS_ADMIN')")
    @Audited("USER_ENABLE")
    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model, Locale locale,
                  RedirectAttributes redirect) {
        return act(id, me, model, locale, redirect,
                () -> users.update(id, new UserRequest(null, null, null, null, null, true), me));
    }

    @PreAuthorize("hasAnyRole('SYS_ADMIN','SEC_ADMIN')")
    @Audited("USER_UNLOCK")
    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model, Locale locale,
                  RedirectAttributes redirect) {
        return act(id, me, model, locale, redirect, () -> users.unlock(id));
    }

    @PreAuthorize("hasRole('SYS_ADMIN')")
    @Audited("USER_RESET_PASSWORD")
    @PostMapping("/{id}/reset-password")
    String resetPassword(@PathVariable long id, @RequestParam(required = false) String password,
                         @AuthenticationPrincipal CurrentUser me,
                         Model model, Locale locale, RedirectAttributes redirect) {
        return act(id, me, model, locale, redirect, () -> users.resetPassword(id, password));
    }

    private String act(long id, CurrentUser me, Model model, Locale locale, RedirectAttributes redirect,
                       java.util.function.Supplier<UserInfo> action) {
        try {
            UserInfo saved = action.get();
            redirect.addFlashAttribute("notice", formErrors.message("USER_SAVED", locale, saved.username()));
            return "redirect:/users/" + id;
        } catch (GovdxException e) {
            model.addAttribute("errors", formErrors.of(e, locale));
            return edit(id, me, model);
        }
    }

    private static Set<Role> roleSet(Set<Role> roles) {
        return roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
