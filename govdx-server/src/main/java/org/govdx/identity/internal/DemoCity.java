package org.govdx.identity.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.govdx.common.CreditCode;
import org.govdx.identity.AuditLog;
import org.govdx.identity.AuditResult;
import org.govdx.identity.DemoCitySeeded;
import org.govdx.identity.OrgInfo;
import org.govdx.identity.OrgRequest;
import org.govdx.identity.OrgType;
import org.govdx.identity.Orgs;
import org.govdx.identity.Role;
import org.govdx.identity.UserRequest;
import org.govdx.identity.Users;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds a demo city modelled on Zhongwei (中卫市) into an empty database: the city government, its
 * three counties/districts, city departments and a demo user for each role.
 */
@Component
@Order(10)
class DemoCity implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCity.class);

    /** City departments: code suffix, name, short login prefix. */
    private static final String[][] DEPARTMENTS = {
        {"GAJ", "中卫市公安局", "gaj"},
        {"MZJ", "中卫市民政局", "mzj"},
        {"RSJ", "中卫市人力资源和社会保障局", "rsj"},
        {"SCJGJ", "中卫市市场监督管理局", "scjgj"},
        {"SPJ", "中卫市审批服务管理局", "spj"},
        {"DSJJ", "中卫市云计算和大数据发展局", "dsjj"},
        {"WJW", "中卫市卫生健康委员会", "wjw"},
        {"ZRZYJ", "中卫市自然资源局", "zrzyj"},
    };

    private final DemoSettings settings;
    private final DataSource dataSource;
    private final OrgStore orgStore;
    private final Orgs orgs;
    private final Users users;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private int serial = 100;

    DemoCity(DemoSettings settings, DataSource dataSource, OrgStore orgStore, Orgs orgs, Users users,
             AuditLog audit, ApplicationEventPublisher events, TransactionTemplate tx) {
        this.settings = settings;
        this.dataSource = dataSource;
        this.orgStore = orgStore;
        this.orgs = orgs;
        this.users = users;
        this.audit = audit;
        this.events = events;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!enabled() || orgStore.count() > 0) {
            return;
        }
        String password = settings.password() != null ? settings.password() : RandomPasswords.generate();
        List<String> logins = tx.execute(status -> seed(password));
        audit.recordFor("system", null, "DEMO_SEED", "demo-city", AuditResult.SUCCESS, logins.size() + " users");
        events.publishEvent(new DemoCitySeeded(password));
        log.warn("""

                ==================== GovDX demo city ====================
                Demo accounts (shown once): {}
                Password of every demo account: {}
                =========================================================""", String.join(", ", logins), password);
    }

    private boolean enabled() throws Exception {
        if (settings.enabled() != null) {
            return settings.enabled();
        }
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, md -> md.getDatabaseProductName());
        return "H2".equalsIgnoreCase(product);
    }

    private List<String> seed(String password) {
        OrgInfo city = org("中卫市人民政府", "ZW", OrgType.GOVERNMENT, "640500", null);
        OrgInfo shapotou = org("沙坡头区人民政府", "ZW-SPT", OrgType.GOVERNMENT, "640502", city.id());
        org("中宁县人民政府", "ZW-ZN", OrgType.GOVERNMENT, "640521", city.id());
        org("海原县人民政府", "ZW-HY", OrgType.GOVERNMENT, "640522", city.id());
        OrgInfo sptCivil = org("沙坡头区民政局", "ZW-SPT-MZJ", OrgType.DEPARTMENT, "640502", shapotou.id());

        List<String> logins = new ArrayList<>();
        OrgInfo bigData = null;
        for (String[] d : DEPARTMENTS) {
            OrgInfo dept = org(d[1], "ZW-" + d[0], OrgType.DEPARTMENT, "640500", city.id());
            String shortName = d[1].replace("中卫市", "");
            user(logins, d[2] + "_catalog", shortName + "目录管理员", dept, password, Role.ORG_CATALOG_ADMIN);
            user(logins, d[2] + "_approver", shortName + "审批人", dept, password, Role.ORG_APPROVER);
            user(logins, d[2] + "_user", shortName + "数据使用人", dept, password, Role.ORG_DATA_USER);
            if (d[0].equals("DSJJ")) {
                bigData = dept;
            }
        }
        user(logins, "sysadmin", "系统管理员", bigData, password, Role.SYS_ADMIN);
        user(logins, "secadmin", "安全管理员", bigData, password, Role.SEC_ADMIN);
        user(logins, "auditor", "审计管理员", bigData, password, Role.AUDIT_ADMIN);
        user(logins, "operator", "平台运营", bigData, password, Role.PLATFORM_OPERATOR);
        user(logins, "leader", "市领导", city, password, Role.LEADER);
        user(logins, "spt_user", "沙坡头区数据使用人", shapotou, password, Role.ORG_DATA_USER);
        user(logins, "sptmzj_user", "沙坡头区民政局数据使用人", sptCivil, password, Role.ORG_DATA_USER);
        return logins;
    }

    private OrgInfo org(String name, String code, OrgType type, String region, Long parentId) {
        String creditCode = CreditCode.complete("11" + region + "MB" + String.format("%07d", serial++));
        return orgs.create(new OrgRequest(name, code, type, creditCode, parentId, true));
    }

    private void user(List<String> logins, String username, String displayName, OrgInfo org, String password,
                      Role role) {
        Set<Role> roles = EnumSet.of(role);
        users.create(new UserRequest(username, password, displayName, org.id(), roles, true), false);
        logins.add(username);
    }
}
