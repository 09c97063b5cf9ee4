package id.sp4n.portal.category;

/** The tier of government that holds an affair under Law 23/2014. */
public enum AuthorityTier {
    CENTRAL, PROVINCE, REGENCY
}
