package org.govdx.catalog.internal;

import java.util.List;
import org.govdx.catalog.CatalogItemView;
import org.govdx.catalog.DataGrade;
import org.govdx.catalog.OpenType;
import org.govdx.catalog.ResourceFormat;
import org.govdx.catalog.ShareMode;
import org.govdx.catalog.ShareType;
import org.govdx.catalog.UpdateCycle;

/** The checked, typed content of one version of an entry: what {@link EntryRules} makes of a request. */
record EntryContent(String name, String summary, String classification, ResourceFormat format, ShareType shareType,
                    String shareCondition, String legalBasis, ShareMode shareMode, OpenType openType,
                    String openCondition, UpdateCycle updateCycle, DataGrade grade, List<String> tags,
                    List<String> relatedCodes, List<CatalogItemView> items) {
}
