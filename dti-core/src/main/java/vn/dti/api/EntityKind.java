package vn.dti.api;

/** What a methodology scores: the kind of body its evidence comes from. */
public enum EntityKind {
    /** A province or centrally governed city (tỉnh, thành phố trực thuộc trung ương). */
    PROVINCE,
    /** A ministry or ministry-level agency (bộ, cơ quan ngang bộ). */
    MINISTRY,
    /** A provincial department or agency (sở, ban, ngành). */
    DEPARTMENT,
    /** A district-level unit (huyện, thị xã, thành phố thuộc tỉnh). */
    DISTRICT,
    /** A commune-level unit (xã, phường, đặc khu). */
    COMMUNE,
    /** A country, for international indices such as the UN EGDI. */
    COUNTRY
}
