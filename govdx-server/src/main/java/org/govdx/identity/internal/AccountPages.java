package org.govdx.identity.internal;

import java.util.Locale;
import org.govdx.common.FormErrors;
import org.govdx.common.GovdxException;
import org.govdx.identity.CurrentUser;
import org.govdx.identity.Users;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sign-in page and the change-password page (forced after an admin-given password). */
@Controller
class AccountPages {

    private final Users users;
    private final FormErrors formErrors;

    AccountPages(Users users, FormErrors formErrors) {
        this.users = users;
        this.formErrors = formErrors;
    }

    @GetMapping("/login")
    String login() {
        return "identity/login";
    }

    @GetMapping(SessionUserFilter.CHANGE_PASSWORD_PATH)
    String passwordForm() {
        return "identity/password";
    }

    @PostMapping(SessionUserFilter.CHANGE_PASSWORD_PATH)
    String changePassword(@AuthenticationPrincipal CurrentUser me,
                          @RequestParam(required = false) String oldPassword,
                          @RequestParam(required = false) String newPassword,
                          @RequestParam(required = false) String confirmPassword, Model model,
                          Locale locale, RedirectAttributes redirect) {
        if (!java.util.Objects.equals(newPassword, confirmPassword)) {
            model.addAttribute("errors", java.util.Map.of("confirmPassword",
                    formErrors.message("PASSWORD_MISMATCH", locale)));
            return "identity/password";
        }
        try {
            users.changePassword(me.getUsername(), oldPassword, newPassword);
        } catch (GovdxException e) {
            model.addAttribute("errors", formErrors.of(e, locale));
            return "identity/password";
        }
        redirect.addFlashAttribute("notice", formErrors.message("PASSWORD_CHANGED", locale));
        return "redirect:/";
    }
}
