package id.sp4n.portal.region;

/** The levels of the region tree. A city and a regency are the same tier of government. */
public enum RegionLevel {
    PROVINCE, REGENCY, CITY, DISTRICT
}
