package org.govdx.identity.internal;

import java.time.Instant;
import org.govdx.identity.OrgInfo;
import org.govdx.identity.OrgType;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** An organisation row of the tree. */
@Table("org_unit")
class Org {

    @Id
    Long id;
    String name;
    String code;
    OrgType type;
    String creditCode;
    Long parentId;
    boolean enabled = true;
    Instant createdAt;
    Instant updatedAt;

    OrgInfo toInfo() {
        return new OrgInfo(id, name, code, type, creditCode, parentId, enabled, createdAt, updatedAt);
    }
}
