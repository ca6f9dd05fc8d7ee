package org.govdx.catalog.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.govdx.catalog.CatalogEntryRequest;
import org.govdx.catalog.CatalogEntryRequest.CatalogItemRequest;
import org.govdx.catalog.CatalogEntryView;
import org.govdx.catalog.CatalogItemView;

/** The entry editor's form; rows without code and name are ignored, lists are typed as text. */
public class CatalogForm {

    /** Blank item rows the editor offers below the existing ones. */
    static final int SPARE_ROWS = 3;

    private String name;
    private String summary;
    private String classification;
    private String format;
    private String shareType;
    private String shareCondition;
    private String legalBasis;
    private String shareMode;
    private String openType = "NOT_OPEN";
    private String openCondition;
    private String updateCycle;
    private String grade;
    private String tags;
    private String relatedCodes;
    private List<ItemForm> items = new ArrayList<>();

    static CatalogForm empty() {
        CatalogForm f = new CatalogForm();
        f.padItems();
        return f;
    }

    static CatalogForm of(CatalogEntryView v) {
        CatalogForm f = new CatalogForm();
        f.name = v.name();
        f.summary = v.summary();
        f.classification = v.classification();
        f.format = name(v.format());
        f.shareType = name(v.shareType());
        f.shareCondition = v.shareCondition();
        f.legalBasis = v.legalBasis();
        f.shareMode = name(v.shareMode());
        f.openType = name(v.openType());
        f.openCondition = v.openCondition();
        f.updateCycle = name(v.updateCycle());
        f.grade = name(v.grade());
        f.tags = String.join("，", v.tags());
        f.relatedCodes = String.join("，", v.relatedCodes());
        for (CatalogItemView i : v.items()) {
            ItemForm item = new ItemForm();
            item.code = i.code();
            item.name = i.name();
            item.dataType = name(i.dataType());
            item.length = i.length();
            item.description = i.description();
            item.grade = name(i.grade());
            item.maskingRule = name(i.maskingRule());
            item.maskingParams = i.maskingParams();
            item.key = i.key();
            f.items.add(item);
        }
        f.padItems();
        return f;
    }

    void padItems() {
        for (int i = 0; i < SPARE_ROWS; i++) {
            items.add(new ItemForm());
        }
    }

    /** Drops the blank rows again, e.g. before showing the form with errors. */
    void trimItems() {
        items.removeIf(ItemForm::blank);
    }

    CatalogEntryRequest toRequest() {
        List<CatalogItemRequest> list = items.stream().filter(i -> !i.blank())
                .map(i -> new CatalogItemRequest(i.code, i.name, i.dataType, i.length, i.description, i.grade,
                        i.maskingRule, i.maskingParams, i.key))
                .toList();
        return new CatalogEntryRequest(name, summary, classification, format, shareType, shareCondition, legalBasis,
                shareMode, openType, openCondition, updateCycle, grade, split(tags), split(relatedCodes), list);
    }

    private static List<String> split(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,，;；\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    /** One item row. */
    public static class ItemForm {
        private String code;
        private String name;
        private String dataType = "STRING";
        private Integer length;
        private String description;
        private String grade;
        private String maskingRule = "NONE";
        private String maskingParams;
        private boolean key;

        boolean blank() {
            return (code == null || code.isBlank()) && (name == null || name.isBlank());
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getDataType() {
            return dataType;
        }

        public void setDataType(String dataType) {
            this.dataType = dataType;
        }

        public Integer getLength() {
            return length;
        }

        public void setLength(Integer length) {
            this.length = length;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getGrade() {
            return grade;
        }

        public void setGrade(String grade) {
            this.grade = grade;
        }

        public String getMaskingRule() {
            return maskingRule;
        }

        public void setMaskingRule(String maskingRule) {
            this.maskingRule = maskingRule;
        }

        public String getMaskingParams() {
            return maskingParams;
        }

        public void setMaskingParams(String maskingParams) {
            this.maskingParams = maskingParams;
        }

        public boolean isKey() {
            return key;
        }

        public void setKey(boolean key) {
            this.key = key;
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getClassification() {
        return classification;
    }

    public void setClassification(String classification) {
        this.classification = classification;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public String getShareType() {
        return shareType;
    }

    public void setShareType(String shareType) {
        this.shareType = shareType;
    }

    public String getShareCondition() {
        return shareCondition;
    }

    public void setShareCondition(String shareCondition) {
        this.shareCondition = shareCondition;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getShareMode() {
        return shareMode;
    }

    public void setShareMode(String shareMode) {
        this.shareMode = shareMode;
    }

    public String getOpenType() {
        return openType;
    }

    public void setOpenType(String openType) {
        this.openType = openType;
    }

    public String getOpenCondition() {
        return openCondition;
    }

    public void setOpenCondition(String openCondition) {
        this.openCondition = openCondition;
    }

    public String getUpdateCycle() {
        return updateCycle;
    }

    public void setUpdateCycle(String updateCycle) {
        this.updateCycle = updateCycle;
    }

    public String getGrade() {
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = grade;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getRelatedCodes() {
        return relatedCodes;
    }

    public void setRelatedCodes(String relatedCodes) {
        this.relatedCodes = relatedCodes;
    }

    public List<ItemForm> getItems() {
        return items;
    }

    public void setItems(List<ItemForm> items) {
        this.items = items;
    }
}
