package vn.dti.api;

/** What a methodology scores. */
public enum EntityKind {
    PROVINCE, MINISTRY, DEPARTMENT, DISTRICT, COMMUNE, COUNTRY
}
