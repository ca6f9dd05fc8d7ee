package org.govdx.sharing.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govdx.catalog.CatalogEntries;
import org.govdx.catalog.CatalogEntryView;
import org.govdx.catalog.DemoCatalogSeeded;
import org.govdx.identity.ConsumerApps;
import org.govdx.identity.CurrentUser;
import org.govdx.identity.OrgInfo;
import org.govdx.identity.OrgType;
import org.govdx.identity.Orgs;
import org.govdx.identity.Role;
import org.govdx.sharing.ApplicationRequest;
import org.govdx.sharing.ApplicationView;
import org.govdx.sharing.Applications;
import org.govdx.sharing.ApprovalRequest;
import org.govdx.sharing.Grants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's sharing story (DESIGN.md): 审批服务管理局 registers its 企业开办 app, applies verify-only for
 * 人口基本信息 (conditional: 公安局's approver narrows it to two items and approves) and API query for
 * 法人基本信息 (unconditional: granted at once); other departments' applications show every other state.
 * It runs once the application is ready, after the catalog's demo entries exist and the source module
 * has mounted them, and only in the start-up that seeded the demo catalog.
 */
@Component
class SharingDemo {

    private static final Logger log = LoggerFactory.getLogger(SharingDemo.class);

    private final Applications applications;
    private final Grants grants;
    private final CatalogEntries catalog;
    private final ConsumerApps apps;
    private final Orgs orgs;
    private volatile DemoCatalogSeeded seeded;

    SharingDemo(Applications applications, Grants grants, CatalogEntries catalog, ConsumerApps apps, Orgs orgs) {
        this.applications = applications;
        this.grants = grants;
        this.catalog = catalog;
        this.apps = apps;
        this.orgs = orgs;
    }

    @EventListener
    void onDemoCatalog(DemoCatalogSeeded event) {
        this.seeded = event;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(100)
    void seed() {
        DemoCatalogSeeded demo = seeded;
        seeded = null;
        if (demo == null) {
            return;
        }
        try {
            seed(demo);
        } catch (RuntimeException e) {
            log.warn("Demo sharing data not created: {}", e.toString());
        }
    }

    private void seed(DemoCatalogSeeded demo) {
        Map<String, OrgInfo> byCode = new LinkedHashMap<>();
        orgs.all().forEach(o -> byCode.put(o.code(), o));
        CurrentUser spj = user("spj_user", byCode.get("ZW-SPJ"), Role.ORG_DATA_USER);
        CurrentUser gajApprover = user("gaj_approver", byCode.get("ZW-GAJ"), Role.ORG_APPROVER);
        CurrentUser mzjApprover = user("mzj_approver", byCode.get("ZW-MZJ"), Role.ORG_APPROVER);
        CurrentUser operator = user("operator", byCode.get("ZW-DSJJ"), Role.PLATFORM_OPERATOR);
        long spjApp = apps.register("企业开办一网通办", "企业开办“一网通办”：申请人身份核验、营业执照信息免提交", List.of(), spj).id();

        // the story: verify-only for 人口基本信息, narrowed to two items by 公安局's approver
        entry(demo, "gaj.population_basic").ifPresent(e -> {
            ApplicationView a = applications.apply(request(e, spjApp, List.of("id_number", "name", "gender",
                    "birth_date"), List.of("VERIFY"), "企业开办申请人身份核验，免于提交身份证复印件",
                    "企业开办一网通办", "《优化营商环境条例》第三十五条；《政务数据共享条例》第二十条"), spj);
            applications.approve(a.id(), new ApprovalRequest(List.of("id_number", "name"), null, null, null, 120,
                    "按最小必要原则，身份核验只需公民身份号码和姓名两项。"), gajApprover);
        });
        // API query for 法人基本信息: unconditional, granted at once
        entry(demo, "scjgj.legal_entity").ifPresent(e -> applications.apply(request(e, spjApp,
                List.of("credit_code", "entity_name", "legal_representative", "address", "status"), List.of("API"),
                "企业开办时读取营业执照信息，免于提交营业执照复印件", "企业开办一网通办", "《优化营商环境条例》第三十五条"), spj));
        // waiting in 公安局's queue
        entry(demo, "gaj.household").ifPresent(e -> applications.apply(request(e, spjApp,
                List.of("household_no", "head_name"), List.of("VERIFY"), "户籍迁入业务核验户主信息", "户籍迁移一件事",
                "《户口登记条例》"), spj));
        // extension asked by the provider, waiting for the operator's consent
        entry(demo, "gaj.driver_license").ifPresent(e -> {
            ApplicationView a = applications.apply(request(e, spjApp, itemCodes(e, 2), List.of("API"),
                    "道路运输经营许可核验驾驶员资格", "道路运输许可", "《道路运输条例》"), spj);
            applications.requestExtension(a.id(), 5, "需交警支队核实驾驶证数据口径", gajApprover);
        });
        // returned once with every missing point
        entry(demo, "gaj.vehicle").ifPresent(e -> {
            ApplicationView a = applications.apply(request(e, spjApp, itemCodes(e, 3), List.of("BULK"),
                    "营运车辆审批", "营运车辆审批", "《道路运输条例》"), spj);
            applications.returnForSupplement(a.id(), List.of("请说明批量获取全部车辆数据的必要性，或改为核验方式",
                    "请补充具体的法律依据条款"), gajApprover);
        });
        // refused with a reason
        entry(demo, "mzj.marriage").ifPresent(e -> {
            ApplicationView a = applications.apply(request(e, spjApp, itemCodes(e, 2), List.of("API"),
                    "了解申请人婚姻状况", "企业开办", "《民法典》"), spj);
            applications.reject(a.id(), "企业开办事项无需申请人婚姻状况，用途超出共享条件。", mzjApprover);
        });
        // withdrawn by the applicant
        entry(demo, "gaj.residence_permit").ifPresent(e -> {
            ApplicationView a = applications.apply(request(e, spjApp, itemCodes(e, 2), List.of("VERIFY"),
                    "流动人口办理营业执照", "企业开办", "《居住证暂行条例》"), spj);
            applications.withdraw(a.id(), spj);
        });
        // a not-shared entry under the operator's coordination
        entry(demo, "gaj.case_investigation").ifPresent(e -> {
            applications.openCoordination(e.id(), spj.orgId(), "审批服务管理局称涉案企业登记需核查，平台协调", operator);
            applications.apply(request(e, spjApp, itemCodes(e, 1), List.of("VERIFY"), "核查涉案企业登记",
                    "企业登记监管", "《市场主体登记管理条例》"), spj);
        });
        // a grant revoked by the provider, its disposal due
        entry(demo, "mzj.death").ifPresent(e -> {
            ApplicationView a = applications.apply(request(e, spjApp, itemCodes(e, 2), List.of("API"),
                    "注销已故人员名下个体工商户", "个体工商户注销", "《市场主体登记管理条例》"), spj);
            ApplicationView approved = applications.approve(a.id(), ApprovalRequest.asAsked(), mzjApprover);
            grants.revoke(approved.grantId(), "发现调用量远超业务需要，暂停授权待核查。", mzjApprover);
        });
        log.info("Demo sharing: app {} and applications in every state", spjApp);
    }

    private Optional<CatalogEntryView> entry(DemoCatalogSeeded demo, String key) {
        return demo.entry(key).flatMap(e -> catalog.find(e.id())).filter(CatalogEntryView::applicable);
    }

    private static List<String> itemCodes(CatalogEntryView e, int n) {
        return e.items().stream().limit(n).map(i -> i.code()).toList();
    }

    private static ApplicationRequest request(CatalogEntryView e, long appId, List<String> items, List<String> modes,
                                              String purpose, String scenario, String legalBasis) {
        Map<String, String> why = new LinkedHashMap<>();
        for (String code : items) {
            e.item(code).filter(i -> ApplicationService.needsJustification(i.grade()))
                    .ifPresent(i -> why.put(code, "办理" + scenario + "须核对" + i.name()));
        }
        return new ApplicationRequest(e.id(), items, purpose, scenario, legalBasis, modes, appId,
                LocalDate.now().plusYears(1).minusDays(1), why, null);
    }

    private static CurrentUser user(String username, OrgInfo org, Role role) {
        return new CurrentUser(0, username, username, org.id(), org.code(), org.name(), OrgType.DEPARTMENT,
                EnumSet.of(role), false);
    }
}
