package org.govdx.identity.internal;

import java.util.Locale;
import org.govdx.common.FormErrors;
import org.govdx.common.GovdxException;
import org.govdx.identity.Audited;
import org.govdx.identity.OrgInfo;
import org.govdx.identity.OrgRequest;
import org.govdx.identity.OrgType;
import org.govdx.identity.Orgs;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The org tree page with create and edit forms, for the system admin. */
@Controller
@RequestMapping("/orgs")
@PreAuthorize("hasRole('SYS_ADMIN')")
class OrgPages {

    private final Orgs orgs;
    private final FormErrors formErrors;

    OrgPages(Orgs orgs, FormErrors formErrors) {
        this.orgs = orgs;
        this.formErrors = formErrors;
    }

    @GetMapping
    String tree(Model model) {
        model.addAttribute("tree", orgs.tree());
        model.addAttribute("governments", orgs.all().stream()
                .filter(o -> o.type() == OrgType.GOVERNMENT && o.enabled()).toList());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new OrgForm());
        }
        return "identity/orgs";
    }

    @Audited("ORG_CREATE")
    @PostMapping
    String create(@ModelAttribute("form") OrgForm form, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            OrgInfo created = orgs.create(form.toRequest());
            redirect.addFlashAttribute("notice", formErrors.message("ORG_SAVED", locale, created.name()));
            return "redirect:/orgs";
        } catch (GovdxException e) {
            model.addAttribute("errors", formErrors.of(e, locale));
            return tree(model);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        OrgInfo org = orgs.get(id);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", OrgForm.of(org));
        }
        model.addAttribute("org", org);
        model.addAttribute("governments", orgs.all().stream()
                .filter(o -> o.type() == OrgType.GOVERNMENT && o.enabled() && !o.id().equals(id)).toList());
        return "identity/org-edit";
    }

    @Audited("ORG_UPDATE")
    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") OrgForm form, Model model, Locale locale,
                  RedirectAttributes redirect) {
        try {
            OrgInfo saved = orgs.update(id, form.toRequest());
            redirect.addFlashAttribute("notice", formErrors.message("ORG_SAVED", locale, saved.name()));
            return "redirect:/orgs";
        } catch (GovdxException e) {
            model.addAttribute("errors", formErrors.of(e, locale));
            return edit(id, model);
        }
    }

    /** Form backing object; empty strings from the browser count as absent. */
    static class OrgForm {
        private String name;
        private String code;
        private OrgType type = OrgType.DEPARTMENT;
        private String creditCode;
        private Long parentId;
        private Boolean enabled = true;

        static OrgForm of(OrgInfo org) {
            OrgForm f = new OrgForm();
            f.name = org.name();
            f.code = org.code();
            f.type = org.type();
            f.creditCode = org.creditCode();
            f.parentId = org.parentId();
            f.enabled = org.enabled();
            return f;
        }

        OrgRequest toRequest() {
            return new OrgRequest(trim(name), trim(code), type, blankToNull(creditCode), parentId, enabled);
        }

        private static String trim(String s) {
            return s == null ? "" : s.trim();
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.trim();
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public OrgType getType() {
            return type;
        }

        public void setType(OrgType type) {
            this.type = type;
        }

        public String getCreditCode() {
            return creditCode;
        }

        public void setCreditCode(String creditCode) {
            this.creditCode = creditCode;
        }

        public Long getParentId() {
            return parentId;
        }

        public void setParentId(Long parentId) {
            this.parentId = parentId;
        }

        public Boolean getEnabled() {
            return enabled;
        }

        public void setEnabled(Boolean enabled) {
            this.enabled = enabled;
        }
    }
}
