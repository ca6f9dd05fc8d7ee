package org.govdx.web.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.govdx.common.GovdxException;
import org.govdx.identity.CurrentUser;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A refusal on a page ({@link GovdxException} thrown by a page controller) answers the error page
 * with its status: 404 for what the user may not know exists, 403 or 409 with the reason's code.
 * API controllers are answered first by the problem+json advice.
 */
@Order(Ordered.LOWEST_PRECEDENCE)
@ControllerAdvice(annotations = Controller.class)
class PageProblemAdvice {

    @ExceptionHandler(GovdxException.class)
    String refused(GovdxException e, HttpServletResponse response, Model model) {
        response.setStatus(e.status().value());
        model.addAttribute("status", e.status().value());
        model.addAttribute("code", e.status().value() == 404 ? "NOT_FOUND" : e.code());
        var auth = SecurityContextHolder.getContext().getAuthentication();
        model.addAttribute("me", auth != null && auth.getPrincipal() instanceof CurrentUser user ? user : null);
        model.addAttribute("nav", List.of());
        return "web/error";
    }
}
