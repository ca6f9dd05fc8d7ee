package org.govdx.quality;

import java.util.List;
import org.govdx.identity.CurrentUser;

/**
 * Quality rules of mounted catalog entries. The provider org's catalog admins and the platform
 * operator manage them; every user-supplied value (pattern, code list, range) is later bound as a
 * parameter, never written into SQL.
 */
public interface QualityRules {

    QualityRuleView create(QualityRuleRequest request, CurrentUser me);

    /** Replaces a rule's settings; null fields keep their value. */
    QualityRuleView update(long id, QualityRuleRequest change, CurrentUser me);

    void delete(long id, CurrentUser me);

    QualityRuleView get(long id, CurrentUser viewer);

    /** The rules of an entry, in the order they were added. */
    List<QualityRuleView> ofEntry(long entryId, CurrentUser viewer);

    /**
     * Proposes rules from the entry's items (an ID-number item gets its check rule, a key
     * uniqueness, graded items not-null, …) and adds those not present yet; answers the entry's rules.
     */
    List<QualityRuleView> prefill(long entryId, CurrentUser me);
}
