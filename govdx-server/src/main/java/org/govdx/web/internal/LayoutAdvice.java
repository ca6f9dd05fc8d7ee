package org.govdx.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.govdx.identity.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user and the navigation it may see into every page's model. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

    @ModelAttribute("me")
    CurrentUser me() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof CurrentUser user ? user : null;
    }

    @ModelAttribute("nav")
    List<Navigation.Item> nav() {
        CurrentUser me = me();
        return me == null ? List.of() : Navigation.visibleTo(me.roles());
    }

    /** Times on pages are shown in the city's zone. */
    @ModelAttribute("zone")
    java.time.ZoneId zone() {
        return java.time.ZoneId.of("Asia/Shanghai");
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
