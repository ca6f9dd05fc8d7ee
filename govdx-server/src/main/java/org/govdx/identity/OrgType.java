package org.govdx.identity;

/** Kind of organisation: a government (city, county/district) or a department under one. */
public enum OrgType {
    GOVERNMENT,
    DEPARTMENT
}
