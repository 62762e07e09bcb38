package org.fieldbook.exchange;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Matches a file's column names to Fieldbook's fields: common names in English and Chinese, and the column
 * names of the exports of Salesforce (API names such as StageName), HubSpot ("Deal Stage") and Pipedrive
 * ("Deal - Stage"; the object prefix is set aside).
 */
public final class ColumnMatcher {
    private static final Map<ImportType, Map<String, String>> NAMES = new HashMap<>();
    private static final Set<String> ALL = new HashSet<>();

    static {
        names(ImportType.ACCOUNTS, "source_id", "id", "accountid", "recordid", "companyid", "organizationid");
        names(ImportType.ACCOUNTS, "name", "name", "accountname", "companyname", "company", "organization",
                "organizationname", "organisation", "客户名称", "公司名称", "客戶名稱", "公司", "名称", "名稱");
        names(ImportType.ACCOUNTS, "industry", "industry", "行业", "行業");
        names(ImportType.ACCOUNTS, "employees", "numberofemployees", "employees", "employeecount", "员工人数",
                "員工人數");
        names(ImportType.ACCOUNTS, "region", "region", "billingcountry", "countryregion", "country", "billingstate",
                "stateregion", "地区", "地區");
        names(ImportType.ACCOUNTS, "address", "address", "billingstreet", "streetaddress", "fulladdress", "地址");
        names(ImportType.ACCOUNTS, "website", "website", "websiteurl", "companydomainname", "domain", "网站", "網站");
        names(ImportType.ACCOUNTS, "phone", "phone", "phonenumber", "电话", "電話");
        names(ImportType.ACCOUNTS, "owner", "owner", "ownername", "accountowner", "companyowner", "负责人", "負責人");
        names(ImportType.ACCOUNTS, "tier", "tier", "rating", "等级", "等級");
        names(ImportType.ACCOUNTS, "source", "accountsource", "source", "leadsource", "originalsource", "来源", "來源");
        names(ImportType.ACCOUNTS, "created", "createddate", "createdate", "created", "addtime", "创建时间", "建立時間");

        names(ImportType.CONTACTS, "source_id", "id", "contactid", "recordid", "personid");
        names(ImportType.CONTACTS, "name", "name", "fullname", "contactname", "姓名", "联系人", "聯絡人");
        names(ImportType.CONTACTS, "first_name", "firstname", "givenname", "名");
        names(ImportType.CONTACTS, "last_name", "lastname", "surname", "familyname", "姓");
        names(ImportType.CONTACTS, "account", "accountid", "accountname", "account", "company", "companyname",
                "associatedcompany", "organization", "organizationname", "客户", "公司", "客戶");
        names(ImportType.CONTACTS, "title", "title", "jobtitle", "职位", "職位");
        names(ImportType.CONTACTS, "department", "department", "部门", "部門");
        names(ImportType.CONTACTS, "email", "email", "emailaddress", "emailwork", "邮箱", "电子邮件", "電子郵件");
        names(ImportType.CONTACTS, "phone", "phone", "phonenumber", "phonework", "businessphone", "电话", "電話");
        names(ImportType.CONTACTS, "mobile", "mobilephone", "mobile", "mobilephonenumber", "phonemobile", "手机", "手機");
        names(ImportType.CONTACTS, "notes", "description", "notes", "备注", "備註");
        names(ImportType.CONTACTS, "created", "createddate", "createdate", "created", "persercreated", "创建时间");

        names(ImportType.OPPORTUNITIES, "source_id", "id", "opportunityid", "dealid", "recordid");
        names(ImportType.OPPORTUNITIES, "title", "name", "opportunityname", "dealname", "title", "deal", "商机名称",
                "商機名稱", "名称");
        names(ImportType.OPPORTUNITIES, "account", "accountid", "accountname", "account", "associatedcompany",
                "company", "organization", "organizationname", "客户", "客戶", "公司");
        names(ImportType.OPPORTUNITIES, "stage", "stagename", "stage", "dealstage", "阶段", "階段");
        names(ImportType.OPPORTUNITIES, "status", "status", "状态", "狀態");
        names(ImportType.OPPORTUNITIES, "amount", "amount", "value", "dealvalue", "金额", "金額");
        names(ImportType.OPPORTUNITIES, "currency", "currencyisocode", "currency", "dealcurrency", "币种", "幣別");
        names(ImportType.OPPORTUNITIES, "expected_close", "closedate", "expectedclosedate", "expectedclose",
                "预计成交日期", "預計成交日期");
        names(ImportType.OPPORTUNITIES, "owner", "owner", "ownername", "dealowner", "opportunityowner", "负责人",
                "負責人");
        names(ImportType.OPPORTUNITIES, "source", "leadsource", "source", "originalsource", "来源", "來源");
        names(ImportType.OPPORTUNITIES, "lost_reason", "lossreason", "lostreason", "closedlostreason", "输单原因");
        names(ImportType.OPPORTUNITIES, "created", "createddate", "createdate", "dealcreated", "created", "创建时间",
                "建立時間");
        names(ImportType.OPPORTUNITIES, "stage_entered", "laststagechangedate", "stageentered",
                "dateenteredcurrentstage", "laststagechange", "updatestage");
        names(ImportType.OPPORTUNITIES, "closed", "closeddate", "closedat", "wontime", "losttime", "dealclosedate",
                "closetime", "closed", "成交日期");

        names(ImportType.LEADS, "source_id", "id", "leadid", "recordid");
        names(ImportType.LEADS, "name", "name", "fullname", "leadname", "title", "姓名");
        names(ImportType.LEADS, "first_name", "firstname", "名");
        names(ImportType.LEADS, "last_name", "lastname", "姓");
        names(ImportType.LEADS, "company", "company", "companyname", "organization", "organizationname", "公司");
        names(ImportType.LEADS, "email", "email", "emailaddress", "邮箱", "电子邮件", "電子郵件");
        names(ImportType.LEADS, "phone", "phone", "phonenumber", "mobilephone", "电话", "電話");
        names(ImportType.LEADS, "source", "leadsource", "source", "originalsource", "来源", "來源");
        names(ImportType.LEADS, "status", "status", "leadstatus", "lifecyclestage", "状态", "狀態");
        names(ImportType.LEADS, "score", "score", "leadscore", "hubspotscore", "评分", "評分");
        names(ImportType.LEADS, "owner", "owner", "ownername", "leadowner", "contactowner", "负责人", "負責人");
        names(ImportType.LEADS, "created", "createddate", "createdate", "leadcreated", "created", "创建时间");
        names(ImportType.LEADS, "region", "region", "country", "countryregion", "state", "stateregion", "province",
                "地区", "地區", "省份");

        names(ImportType.ACTIVITIES, "source_id", "id", "activityid", "taskid");
        names(ImportType.ACTIVITIES, "type", "tasksubtype", "type", "activitytype", "type__c", "类型", "類型");
        names(ImportType.ACTIVITIES, "subject", "subject", "title", "tasktitle", "主题", "主題");
        names(ImportType.ACTIVITIES, "notes", "description", "notes", "note", "taskbody", "备注", "備註");
        names(ImportType.ACTIVITIES, "due", "activitydate", "duedate", "due", "date", "时间", "時間");
        names(ImportType.ACTIVITIES, "done", "completeddate", "donetime", "markedasdonetime", "completedat", "doneat");
        names(ImportType.ACTIVITIES, "status", "status", "done", "isclosed", "taskstatus", "状态", "狀態");
        names(ImportType.ACTIVITIES, "account", "accountid", "whatid", "accountname", "account", "organization", "company",
                "客户", "客戶");
        names(ImportType.ACTIVITIES, "contact", "contactemail", "personemail", "contact", "whoid", "联系人", "聯絡人");
        names(ImportType.ACTIVITIES, "outcome", "calldisposition", "outcome", "result", "结果", "結果");
        names(ImportType.ACTIVITIES, "location", "location", "地点", "地點");
        names(ImportType.ACTIVITIES, "owner", "owner", "ownername", "assignedto", "负责人", "負責人");
    }

    private ColumnMatcher() {
    }

    private static void names(ImportType type, String field, String... names) {
        Map<String, String> byName = NAMES.computeIfAbsent(type, t -> new LinkedHashMap<>());
        for (String name : names) {
            byName.putIfAbsent(key(name), field);
            ALL.add(key(name));
        }
    }

    /** The field each column fills, by name; a field is given to the first column that names it. */
    public static Map<String, String> match(ImportType type, List<String> headers) {
        Map<String, String> matched = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (String header : headers) {
            String field = NAMES.get(type).get(key(header));
            if (field != null && taken.add(field)) {
                matched.put(header, field);
            }
        }
        return matched;
    }

    static boolean knowsName(String header) {
        return ALL.contains(key(header));
    }

    /** "Deal - Expected close date", "expected_close_date" and "Expected Close Date" are the same name. */
    static String key(String header) {
        String name = Normalizer.normalize(header.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        name = name.replaceFirst("^(deal|person|organization|organisation|lead|activity|company|contact) - ", "");
        return name.replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
