package id.sp4n.portal.integration;

/**
 * The connected system behind a valid API key, as the calls see it: its agency (the root of the subtree it may read
 * and act on), what it may do, its account (the author of its actions) and its own call budget.
 */
public record KeyHolder(long systemId, String systemName, String agencyCode, Access access, long accountId,
                        String keyId, int callsPerMinute) {

    public boolean mayWrite() {
        return access == Access.WRITE;
    }
}
