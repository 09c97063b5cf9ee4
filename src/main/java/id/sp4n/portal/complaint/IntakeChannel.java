package id.sp4n.portal.complaint;

/** How a complaint reached the portal; stored on every complaint and carried by its events. */
public enum IntakeChannel {
    /** The portal's own form, at the national door or an agency's door. */
    WEB,
    /** The portal's public JSON API ({@code POST /api/v1/complaints}). */
    API,
    /** An Open311 GeoReport v2 client. */
    OPEN311,
    /** A connected regional system, with its own API key. */
    CONNECTED_SYSTEM
}
