package org.govdx.demand.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govdx.catalog.DemoCatalogSeeded;
import org.govdx.demand.DemandRequest;
import org.govdx.demand.DemandView;
import org.govdx.demand.Demands;
import org.govdx.identity.CurrentUser;
import org.govdx.identity.OrgInfo;
import org.govdx.identity.OrgType;
import org.govdx.identity.Orgs;
import org.govdx.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's supply-demand list: 审批服务管理局's 一网通办 demand that existing entries satisfy (left open so
 * that the platform's suggestions show), and demands of other departments in the other states.
 */
@Component
class DemandDemo {

    private static final Logger log = LoggerFactory.getLogger(DemandDemo.class);

    private final Demands demands;
    private final Orgs orgs;
    private volatile DemoCatalogSeeded seeded;

    DemandDemo(Demands demands, Orgs orgs) {
        this.demands = demands;
        this.orgs = orgs;
    }

    @EventListener
    void onDemoCatalog(DemoCatalogSeeded event) {
        this.seeded = event;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(90)
    void seed() {
        DemoCatalogSeeded demo = seeded;
        seeded = null;
        if (demo == null) {
            return;
        }
        try {
            seed(demo);
        } catch (RuntimeException e) {
            log.warn("Demo demands not created: {}", e.toString());
        }
    }

    private void seed(DemoCatalogSeeded demo) {
        Map<String, OrgInfo> byCode = new LinkedHashMap<>();
        orgs.all().forEach(o -> byCode.put(o.code(), o));
        CurrentUser spj = user("spj_user", byCode.get("ZW-SPJ"), Role.ORG_DATA_USER);
        CurrentUser wjw = user("wjw_user", byCode.get("ZW-WJW"), Role.ORG_DATA_USER);
        CurrentUser mzj = user("mzj_user", byCode.get("ZW-MZJ"), Role.ORG_DATA_USER);
        CurrentUser rsj = user("rsj_user", byCode.get("ZW-RSJ"), Role.ORG_DATA_USER);
        CurrentUser gajCatalog = user("gaj_catalog", byCode.get("ZW-GAJ"), Role.ORG_CATALOG_ADMIN);
        CurrentUser mzjCatalog = user("mzj_catalog", byCode.get("ZW-MZJ"), Role.ORG_CATALOG_ADMIN);
        CurrentUser scjgjCatalog = user("scjgj_catalog", byCode.get("ZW-SCJGJ"), Role.ORG_CATALOG_ADMIN);
        long gaj = byCode.get("ZW-GAJ").id();

        // the story: 一网通办 needs ID card and business licence data; existing entries already hold both
        demands.post(new DemandRequest("企业开办免提交身份证和营业执照复印件",
                "企业开办时核验申请人身份证信息、读取企业法人营业执照信息，不再要求申请人提交纸质复印件。",
                List.of("公民身份号码", "姓名", "统一社会信用代码", "法人基本信息"), "企业开办“一网通办”材料免提交",
                "企业开办", "《优化营商环境条例》第三十五条", null, "HIGH"), spj);
        // assigned, waiting for the provider's answer
        demands.post(new DemandRequest("新生儿出生医学证明信息", "办理新生儿落户时核验出生医学证明。",
                List.of("出生医学证明编号", "新生儿姓名", "出生日期"), "出生一件事联办", "新生儿落户", "《户口登记条例》",
                byCode.get("ZW-WJW").id(), "NORMAL"), user("gaj_user", byCode.get("ZW-GAJ"), Role.ORG_DATA_USER));
        // accepted: the provider commits to publish by a date
        DemandView accepted = demands.post(new DemandRequest("常住人口死亡注销信息", "用于医保待遇停发，需及时获取户籍注销信息。",
                List.of("公民身份号码", "注销日期", "注销原因"), "医保待遇停发", "医保基金监管", "《医疗保障基金使用监督管理条例》",
                gaj, "HIGH"), wjw);
        demands.accept(accepted.id(), LocalDate.now().plusMonths(1), null, gajCatalog);
        // refused with reason and legal basis
        DemandView refused = demands.post(new DemandRequest("在押人员信息", "用于低保资格复核。",
                List.of("公民身份号码", "羁押状态"), "低保资格复核", "社会救助", "《社会救助暂行办法》", gaj, "NORMAL"), mzj);
        demands.refuse(refused.id(), "涉及侦查和监管秘密，不予共享。", "《中华人民共和国保守国家秘密法》第十三条", gajCatalog);
        // refused, then escalated to the platform operator
        DemandView escalated = demands.post(new DemandRequest("企业社保缴费明细", "用于企业信用评价。",
                List.of("统一社会信用代码", "缴费月份", "缴费金额"), "企业信用评价", "信用监管", "《社会信用体系建设规划纲要》",
                byCode.get("ZW-SCJGJ").id(), "LOW"), rsj);
        demands.refuse(escalated.id(), "缴费明细不属于本局职责，本局不掌握。", "《市场监督管理局职能配置规定》", scjgjCatalog);
        demands.escalate(escalated.id(), "提供方不掌握，请平台协调明确责任单位。", rsj);
        // linked to an existing entry: fulfilled when published and mounted, else accepted
        demo.entry("mzj.marriage").ifPresent(e -> {
            DemandView linked = demands.post(new DemandRequest("婚姻状况核验", "办理公租房申请时核验婚姻状况。",
                    List.of("婚姻状况"), "公租房资格审核", "住房保障", "《公共租赁住房管理办法》",
                    byCode.get("ZW-MZJ").id(), "NORMAL"), wjw);
            demands.accept(linked.id(), null, e.id(), mzjCatalog);
        });
        // closed by the requester
        DemandView closed = demands.post(new DemandRequest("不动产登记信息", "核实企业住所产权。",
                List.of("不动产权证号"), "企业住所核验", "企业开办", "《不动产登记暂行条例》", null, "LOW"), spj);
        demands.close(closed.id(), "已通过自然资源局现有接口解决。", spj);
        log.info("Demo demands created");
    }

    private static CurrentUser user(String username, OrgInfo org, Role role) {
        return new CurrentUser(0, username, username, org.id(), org.code(), org.name(), OrgType.DEPARTMENT,
                EnumSet.of(role), false);
    }
}
