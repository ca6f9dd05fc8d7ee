package org.govdx.catalog.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govdx.catalog.CatalogEntryRequest;
import org.govdx.catalog.CatalogEntryRequest.CatalogItemRequest;
import org.govdx.catalog.CatalogEntryView;
import org.govdx.catalog.CatalogReviewDecision;
import org.govdx.catalog.CatalogSubmission;
import org.govdx.catalog.DemoCatalogSeeded;
import org.govdx.catalog.DemoCatalogSeeded.DemoCatalogEntry;
import org.govdx.identity.CurrentUser;
import org.govdx.identity.DemoCitySeeded;
import org.govdx.identity.OrgInfo;
import org.govdx.identity.OrgType;
import org.govdx.identity.Orgs;
import org.govdx.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo city's catalog: about thirty entries of its departments, written the way a department's data
 * officer would (through the same create → submit → review path), published by the platform operator.
 * One entry is left waiting for review and one as a draft, so that the review queue and the editor
 * have something to show. Item codes are simple ASCII so that the source module can mount them.
 */
@Component
class DemoCatalog {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);
    private static final String LEGAL_NONE = "《中华人民共和国刑事诉讼法》第一百五十二条；《中华人民共和国保守国家秘密法》第十三条";

    private final CatalogEntryService entries;
    private final Orgs orgs;
    private final ApplicationEventPublisher events;

    DemoCatalog(CatalogEntryService entries, Orgs orgs, ApplicationEventPublisher events) {
        this.entries = entries;
        this.orgs = orgs;
        this.events = events;
    }

    /** One demo entry: key, provider, request, and how far it goes. */
    record Demo(String key, String org, CatalogEntryRequest request, String stage) {
    }

    @EventListener
    void seed(DemoCitySeeded seeded) {
        Map<String, OrgInfo> byCode = new LinkedHashMap<>();
        orgs.all().forEach(o -> byCode.put(o.code(), o));
        OrgInfo bigData = byCode.get("ZW-DSJJ");
        if (bigData == null) {
            return;
        }
        CurrentUser operator = user("operator", bigData, Role.PLATFORM_OPERATOR);
        List<DemoCatalogEntry> created = new ArrayList<>();
        for (Demo demo : demos()) {
            OrgInfo org = byCode.get(demo.org());
            if (org == null) {
                continue;
            }
            String login = demo.org().substring(3).toLowerCase() + "_catalog";
            CurrentUser admin = user(login, org, Role.ORG_CATALOG_ADMIN);
            CatalogEntryView view = entries.create(demo.request(), admin);
            if (!demo.stage().equals("DRAFT")) {
                view = entries.submit(view.id(), new CatalogSubmission(true, true,
                        org.name().replace("中卫市", "") + "分管负责人"), admin);
            }
            if (demo.stage().equals("PUBLISHED")) {
                view = entries.review(view.id(), new CatalogReviewDecision(true, "符合《政务数据资源目录编制指南》要求，同意发布。"),
                        operator);
            }
            created.add(new DemoCatalogEntry(demo.key(), view.id(), view.code(), view.name(), demo.org(),
                    view.status()));
        }
        log.info("Demo catalog: {} entries", created.size());
        events.publishEvent(new DemoCatalogSeeded(created));
    }

    private static CurrentUser user(String username, OrgInfo org, Role role) {
        return new CurrentUser(0, username, username, org.id(), org.code(), org.name(), OrgType.DEPARTMENT,
                EnumSet.of(role), false);
    }

    // ---- the entries --------------------------------------------------------------------------

    private static CatalogItemRequest item(String code, String name, String type, Integer length, String masking,
                                           boolean key) {
        return new CatalogItemRequest(code, name, type, length, null, null, masking, null, key);
    }

    private static CatalogItemRequest keyItem(String code, String name, Integer length, String masking) {
        return item(code, name, "STRING", length, masking, true);
    }

    private static CatalogItemRequest text(String code, String name, Integer length, String masking) {
        return item(code, name, "STRING", length, masking, false);
    }

    private static CatalogItemRequest text(String code, String name, Integer length) {
        return text(code, name, length, "NONE");
    }

    private static CatalogItemRequest date(String code, String name) {
        return item(code, name, "DATE", null, "NONE", false);
    }

    private static CatalogItemRequest decimal(String code, String name) {
        return item(code, name, "DECIMAL", 18, "NONE", false);
    }

    private static CatalogItemRequest integer(String code, String name) {
        return item(code, name, "INTEGER", 10, "NONE", false);
    }

    private static Demo conditional(String key, String org, String name, String summary, String classification,
                                    String grade, String cycle, String condition, List<String> tags,
                                    CatalogItemRequest... items) {
        return new Demo(key, org, new CatalogEntryRequest(name, summary, classification, "DATABASE", "CONDITIONAL",
                condition, null, "API", "NOT_OPEN", null, cycle, grade, tags, List.of(), List.of(items)), "PUBLISHED");
    }

    private static Demo open(String key, String org, String name, String summary, String classification,
                             String grade, String cycle, String openType, List<String> tags,
                             CatalogItemRequest... items) {
        return new Demo(key, org, new CatalogEntryRequest(name, summary, classification, "DATABASE", "UNCONDITIONAL",
                null, null, "API", openType, openType.equals("CONDITIONAL") ? "注册登录后下载" : null, cycle, grade, tags,
                List.of(), List.of(items)), "PUBLISHED");
    }

    private static Demo stage(Demo demo, String stage) {
        return new Demo(demo.key(), demo.org(), demo.request(), stage);
    }

    static List<Demo> demos() {
        String verify = "仅限政务服务事项办理中的身份核验和材料免提交，不得用于其他用途，不得向第三方提供。";
        List<Demo> d = new ArrayList<>();
        // 公安局
        d.add(conditional("gaj.population_basic", "ZW-GAJ", "人口基本信息",
                "全市户籍人口的公民身份号码、姓名、性别、民族、出生日期和户籍地址，每日更新，供政务服务身份核验和“一网通办”材料免提交使用。",
                "10100101", "GENERAL_3", "DAILY", verify, List.of("人口", "身份核验", "一网通办"),
                keyItem("id_number", "公民身份号码", 18, "ID_CARD"), text("name", "姓名", 50, "NAME"),
                text("gender", "性别", 4), text("ethnicity", "民族", 20), date("birth_date", "出生日期"),
                text("address", "户籍地址", 200, "ADDRESS"), text("household_type", "户口性质", 20),
                date("registered_at", "户籍登记日期")));
        d.add(conditional("gaj.household", "ZW-GAJ", "户籍登记信息",
                "户籍登记的户号、户主、与户主关系、迁入迁出情况。", "10100101", "GENERAL_3", "DAILY", verify,
                List.of("户籍", "人口"), keyItem("household_no", "户号", 20, "NONE"), text("head_name", "户主姓名", 50, "NAME"),
                text("id_number", "公民身份号码", 18, "ID_CARD"), text("relation", "与户主关系", 20),
                text("address", "住址", 200, "ADDRESS"), date("moved_in_at", "迁入日期")));
        d.add(conditional("gaj.residence_permit", "ZW-GAJ", "居住证信息",
                "流动人口居住证的办理、签注和有效期信息。", "10100103", "GENERAL_3", "DAILY",
                "仅限公共服务和便民服务事项办理使用。", List.of("流动人口", "居住证"),
                keyItem("permit_no", "居住证号码", 30, "NONE"), text("id_number", "公民身份号码", 18, "ID_CARD"),
                text("name", "姓名", 50, "NAME"), text("address", "居住地址", 200, "ADDRESS"),
                date("issued_at", "签发日期"), date("valid_until", "有效期至")));
        d.add(conditional("gaj.vehicle", "ZW-GAJ", "机动车登记信息",
                "本市登记机动车的号牌、车辆类型、所有人和登记状态。", "301003", "GENERAL_2", "DAILY",
                "仅限交通、税务、保险理赔等依法履职使用。", List.of("机动车", "交通"),
                keyItem("plate_no", "号牌号码", 10, "NONE"), text("vehicle_type", "车辆类型", 20),
                text("owner_name", "所有人", 100, "NAME"), text("owner_id_number", "所有人身份证明号码", 18, "ID_CARD"),
                date("registered_at", "初次登记日期"), text("status", "机动车状态", 10)));
        d.add(conditional("gaj.driver_license", "ZW-GAJ", "驾驶证信息",
                "机动车驾驶证的准驾车型、有效期和记分状态。", "105001", "GENERAL_3", "DAILY", verify,
                List.of("电子证照", "驾驶证"), keyItem("license_no", "驾驶证号", 18, "ID_CARD"),
                text("name", "姓名", 50, "NAME"), text("vehicle_class", "准驾车型", 10), date("valid_until", "有效期至"),
                integer("points", "累积记分")));
        d.add(new Demo("gaj.case_investigation", "ZW-GAJ", new CatalogEntryRequest("刑事案件侦查信息",
                "刑事案件立案、侦查过程中形成的案件信息。", "301002", "DATABASE", "NONE",
                "涉及侦查秘密，公开或共享可能妨碍侦查。", LEGAL_NONE, null, "NOT_OPEN", null, "REALTIME", "IMPORTANT",
                List.of("案件"), List.of(), List.of(keyItem("case_no", "案件编号", 30, "NONE"), text("case_type", "案件类别", 20),
                date("filed_at", "立案日期"))), "PUBLISHED"));
        // 民政局
        d.add(conditional("mzj.marriage", "ZW-MZJ", "婚姻登记信息",
                "结婚、离婚、补领结婚证的登记信息，供婚姻状况核验使用。", "101002", "GENERAL_3", "DAILY", verify,
                List.of("婚姻", "婚姻状况核验"), keyItem("cert_no", "婚姻登记证字号", 30, "NONE"),
                text("registration_type", "登记类型", 10), text("man_name", "男方姓名", 50, "NAME"),
                text("man_id_number", "男方公民身份号码", 18, "ID_CARD"), text("woman_name", "女方姓名", 50, "NAME"),
                text("woman_id_number", "女方公民身份号码", 18, "ID_CARD"), date("registered_at", "登记日期"),
                text("office", "登记机关", 100)));
        d.add(conditional("mzj.subsistence", "ZW-MZJ", "最低生活保障信息",
                "城乡最低生活保障对象、保障人数和月保障金额。", "203002", "GENERAL_3", "MONTHLY",
                "仅限社会救助、医疗救助、教育资助等依职责使用。", List.of("低保", "社会救助"),
                keyItem("id_number", "公民身份号码", 18, "ID_CARD"), text("name", "姓名", 50, "NAME"),
                integer("family_size", "保障人数"), decimal("monthly_amount", "月保障金额"), date("start_date", "享受开始日期"),
                text("district", "所属区县", 50)));
        d.add(open("mzj.social_org", "ZW-MZJ", "社会组织登记信息",
                "社会团体、民办非企业单位、基金会的登记信息。", "10200103", "GENERAL_1", "WEEKLY", "OPEN",
                List.of("社会组织", "法人"), keyItem("credit_code", "统一社会信用代码", 18, "NONE"),
                text("org_name", "社会组织名称", 200), text("org_type", "组织类型", 20),
                text("legal_representative", "法定代表人", 50), date("registered_at", "登记日期"), text("status", "登记状态", 10)));
        d.add(conditional("mzj.death", "ZW-MZJ", "火化与死亡登记信息",
                "殡葬服务机构火化登记和死亡人员信息，供养老金停发、户籍注销等使用。", "101003", "GENERAL_3", "DAILY",
                "仅限社保待遇停发、户籍注销、遗产相关政务服务使用。", List.of("死亡", "殡葬"),
                keyItem("id_number", "公民身份号码", 18, "ID_CARD"), text("name", "姓名", 50, "NAME"),
                date("death_date", "死亡日期"), date("cremated_at", "火化日期")));
        // 人社局
        d.add(conditional("rsj.social_insurance", "ZW-RSJ", "社保参保信息",
                "职工和城乡居民养老、医疗、失业、工伤保险的参保状态和缴费信息。", "101004", "GENERAL_3", "MONTHLY",
                "仅限参保状态核验、社会救助和就业服务使用。", List.of("社保", "参保"),
                keyItem("id_number", "公民身份号码", 18, "ID_CARD"), text("name", "姓名", 50, "NAME"),
                text("insurance_type", "险种", 20), text("unit_name", "参保单位", 200),
                text("unit_credit_code", "单位统一社会信用代码", 18, "CREDIT_CODE"), text("status", "参保状态", 10),
                date("start_date", "参保日期"), decimal("base_amount", "缴费基数")));
        d.add(conditional("rsj.employment", "ZW-RSJ", "就业登记信息",
                "劳动者就业、失业登记和就业困难人员认定信息。", "101005", "GENERAL_3", "MONTHLY",
                "仅限就业服务、社会救助审核使用。", List.of("就业"), keyItem("id_number", "公民身份号码", 18, "ID_CARD"),
                text("name", "姓名", 50, "NAME"), text("employer", "就业单位", 200), text("status", "就业状态", 10),
                date("registered_at", "登记日期")));
        d.add(open("rsj.qualification", "ZW-RSJ", "职业资格证书信息",
                "职业资格和职业技能等级证书的颁发信息。", "105001", "GENERAL_2", "WEEKLY", "CONDITIONAL",
                List.of("证书", "职业技能"), keyItem("cert_no", "证书编号", 30, "NONE"), text("name", "姓名", 50, "NAME"),
                text("occupation", "职业（工种）", 50), text("level", "等级", 10), date("issued_at", "发证日期")));
        d.add(conditional("rsj.pension_payment", "ZW-RSJ", "养老保险待遇发放信息",
                "养老保险待遇的核定、发放金额和发放账户。", "203001", "GENERAL_4", "MONTHLY",
                "仅限待遇资格认证和社会救助审核使用。", List.of("养老", "待遇"),
                keyItem("id_number", "公民身份号码", 18, "ID_CARD"), text("name", "姓名", 50, "NAME"),
                decimal("monthly_amount", "月发放金额"), text("bank_card", "发放账号", 30, "BANK_CARD"),
                date("paid_at", "发放日期")));
        // 市场监管局
        d.add(open("scjgj.legal_entity", "ZW-SCJGJ", "法人基本信息",
                "全市企业法人的统一社会信用代码、名称、法定代表人、类型、注册资本、成立日期、住所、经营范围和登记状态，供“一网通办”营业执照免提交使用。",
                "10200101", "GENERAL_2", "DAILY", "OPEN", List.of("法人", "企业", "营业执照", "一网通办"),
                keyItem("credit_code", "统一社会信用代码", 18, "NONE"), text("entity_name", "名称", 200),
                text("legal_representative", "法定代表人", 50), text("entity_type", "企业类型", 50),
                decimal("registered_capital", "注册资本（万元）"), date("established_at", "成立日期"),
                text("address", "住所", 200), text("business_scope", "经营范围", 2000), text("status", "登记状态", 10)));
        d.add(open("scjgj.individual_business", "ZW-SCJGJ", "个体工商户登记信息",
                "个体工商户的名称、经营者、经营场所和登记状态。", "102002", "GENERAL_2", "DAILY", "CONDITIONAL",
                List.of("个体工商户", "市场主体"), keyItem("credit_code", "统一社会信用代码", 18, "NONE"),
                text("business_name", "名称", 200), text("operator_name", "经营者", 50, "NAME"),
                text("address", "经营场所", 200, "ADDRESS"), date("registered_at", "注册日期"), text("status", "登记状态", 10)));
        d.add(open("scjgj.food_license", "ZW-SCJGJ", "食品经营许可证信息",
                "食品经营许可证的许可编号、经营者、经营项目和有效期。", "105002", "GENERAL_1", "DAILY", "OPEN",
                List.of("食品", "许可证", "电子证照"), keyItem("license_no", "许可证编号", 30, "NONE"),
                text("operator_name", "经营者名称", 200), text("credit_code", "统一社会信用代码", 18),
                text("items", "经营项目", 500), date("valid_until", "有效期至")));
        d.add(open("scjgj.penalty", "ZW-SCJGJ", "行政处罚信息",
                "市场监管领域行政处罚决定书文号、当事人、违法事实和处罚结果。", "104002", "GENERAL_2", "DAILY", "OPEN",
                List.of("行政处罚", "信用"), keyItem("decision_no", "处罚决定书文号", 50, "NONE"),
                text("party_name", "当事人名称", 200), text("credit_code", "统一社会信用代码", 18),
                text("violation", "违法行为", 1000), text("penalty", "处罚内容", 500), date("decided_at", "处罚决定日期")));
        d.add(open("scjgj.abnormal", "ZW-SCJGJ", "经营异常名录信息",
                "列入、移出经营异常名录的企业及其原因。", "104003", "GENERAL_1", "DAILY", "OPEN",
                List.of("经营异常", "信用"), keyItem("credit_code", "统一社会信用代码", 18, "NONE"),
                text("entity_name", "企业名称", 200), text("reason", "列入原因", 500), date("listed_at", "列入日期"),
                date("removed_at", "移出日期")));
        // 审批服务管理局
        d.add(conditional("spj.cases", "ZW-SPJ", "政务服务事项办件信息",
                "政务服务事项的受理、办结和评价信息。", "201001", "GENERAL_2", "REALTIME",
                "仅限政务服务监督、统计分析和“好差评”使用。", List.of("政务服务", "办件"),
                keyItem("case_no", "办件编号", 40, "NONE"), text("service_name", "事项名称", 200),
                text("applicant_name", "申请人", 100, "NAME"), text("applicant_id", "申请人证件号码", 18, "ID_CARD"),
                date("accepted_at", "受理日期"), date("finished_at", "办结日期"), text("result", "办理结果", 20)));
        d.add(open("spj.business_license", "ZW-SPJ", "企业开办电子营业执照信息",
                "企业开办“一件事”中发放的电子营业执照信息。", "105002", "GENERAL_2", "DAILY", "NOT_OPEN",
                List.of("企业开办", "电子营业执照"), keyItem("credit_code", "统一社会信用代码", 18, "NONE"),
                text("entity_name", "企业名称", 200), date("issued_at", "发照日期")));
        // 大数据局
        d.add(open("dsjj.sharing_stats", "ZW-DSJJ", "政务数据共享统计",
                "各部门目录发布、挂载、申请和调用的月度统计。", "306003", "GENERAL_1", "MONTHLY", "OPEN",
                List.of("统计", "数据共享"), keyItem("month", "统计月份", 7, "NONE"), text("org_name", "部门", 100),
                integer("entries", "发布目录数"), integer("mounted", "已挂载数"), integer("calls", "调用次数")));
        d.add(stage(conditional("dsjj.personal_credit", "ZW-DSJJ", "自然人公共信用信息",
                "自然人的公共信用评价、守信激励和失信惩戒信息。", "104001", "GENERAL_3", "DAILY",
                "仅限行政审批、公共资源交易和评先评优中的信用审查使用。", List.of("信用", "自然人"),
                keyItem("id_number", "公民身份号码", 18, "ID_CARD"), text("name", "姓名", 50, "NAME"),
                text("credit_level", "信用等级", 10), text("record_type", "记录类型", 20)), "SUBMITTED"));
        // 卫健委
        d.add(open("wjw.medical_institution", "ZW-WJW", "医疗机构信息",
                "全市医疗机构的登记号、名称、类别、等级、地址和诊疗科目。", "102003", "GENERAL_1", "MONTHLY", "OPEN",
                List.of("医疗机构", "卫生健康"), keyItem("registration_no", "登记号", 30, "NONE"),
                text("institution_name", "机构名称", 200), text("credit_code", "统一社会信用代码", 18),
                text("category", "机构类别", 50), text("level", "医院等级", 20), text("address", "地址", 200),
                text("departments", "诊疗科目", 1000)));
        d.add(conditional("wjw.birth_certificate", "ZW-WJW", "出生医学证明信息",
                "新生儿出生医学证明的编号、新生儿和父母信息，供出生“一件事”使用。", "101003", "GENERAL_3", "DAILY",
                verify, List.of("出生", "一件事"), keyItem("cert_no", "出生医学证明编号", 20, "NONE"),
                text("baby_name", "新生儿姓名", 50, "NAME"), date("birth_date", "出生日期"),
                text("mother_name", "母亲姓名", 50, "NAME"), text("mother_id_number", "母亲公民身份号码", 18, "ID_CARD"),
                text("father_name", "父亲姓名", 50, "NAME"), text("father_id_number", "父亲公民身份号码", 18, "ID_CARD")));
        d.add(open("wjw.physician", "ZW-WJW", "医师执业注册信息",
                "医师执业注册的执业类别、范围和执业机构。", "307001", "GENERAL_2", "MONTHLY", "CONDITIONAL",
                List.of("医师", "执业注册"), keyItem("license_no", "执业证书编码", 30, "NONE"),
                text("name", "姓名", 50, "NAME"), text("practice_type", "执业类别", 20), text("scope", "执业范围", 100),
                text("institution_name", "执业机构", 200)));
        d.add(stage(conditional("wjw.vaccination", "ZW-WJW", "预防接种信息",
                "儿童和成人预防接种记录。", "202002", "GENERAL_4", "DAILY", "仅限入托入学查验和疾病防控使用。",
                List.of("疫苗", "预防接种"), keyItem("id_number", "受种者公民身份号码", 18, "ID_CARD"),
                text("name", "受种者姓名", 50, "NAME"), text("vaccine", "疫苗名称", 100), date("vaccinated_at", "接种日期"),
                text("mobile", "联系电话", 11, "MOBILE")), "DRAFT"));
        // 自然资源局
        d.add(conditional("zrzyj.real_estate", "ZW-ZRZYJ", "不动产登记信息",
                "不动产权证书号、权利人、坐落、面积、用途和抵押查封状态。", "103001", "GENERAL_3", "DAILY",
                "仅限不动产交易、税费征收、社会救助和司法协助使用。", List.of("不动产", "房产"),
                keyItem("cert_no", "不动产权证书号", 40, "NONE"), text("owner_name", "权利人", 100, "NAME"),
                text("owner_id_number", "权利人证件号码", 18, "ID_CARD"), text("location", "坐落", 200, "ADDRESS"),
                decimal("area", "面积（平方米）"), text("usage", "用途", 20), date("registered_at", "登记日期"),
                text("encumbrance", "抵押查封状态", 20)));
        d.add(open("zrzyj.land_supply", "ZW-ZRZYJ", "土地供应信息",
                "国有建设用地出让、划拨的地块、面积、用途和成交价。", "103002", "GENERAL_1", "MONTHLY", "OPEN",
                List.of("土地", "供地"), keyItem("parcel_no", "地块编号", 30, "NONE"), text("location", "位置", 200),
                decimal("area", "面积（公顷）"), text("usage", "土地用途", 20), decimal("price", "成交价（万元）"),
                date("signed_at", "合同签订日期")));
        d.add(new Demo("zrzyj.basic_geo", "ZW-ZRZYJ", new CatalogEntryRequest("基础测绘成果",
                "1:2000 数字正射影像和数字线划图。", "103003", "IMAGE", "CONDITIONAL",
                "仅限政务部门国土空间规划和应急管理依职责使用，按涉密测绘成果管理规定提供。", null, "FILE", "NOT_OPEN",
                null, "YEARLY", "IMPORTANT", List.of("测绘", "地理信息"), List.of(),
                List.of(keyItem("sheet_no", "图幅号", 20, "NONE"), text("scale", "比例尺", 10),
                        date("surveyed_at", "测绘日期"))), "PUBLISHED"));
        d.add(open("zrzyj.mining_right", "ZW-ZRZYJ", "矿业权信息",
                "采矿权、探矿权的许可证号、矿种、矿区范围和有效期。", "103001", "GENERAL_2", "QUARTERLY", "OPEN",
                List.of("矿业权"), keyItem("license_no", "许可证号", 30, "NONE"), text("holder", "矿业权人", 200),
                text("mineral", "矿种", 50), decimal("area", "矿区面积（平方千米）"), date("valid_until", "有效期至")));
        return d;
    }
}
