/**
 * National priority programmes (KSP): the national admin defines each one (categories, keywords, dates, an optional
 * own door {@code /program/<code>}); complaints are tagged at intake and at verification; each programme's page shows
 * its figures — computed by the statistics module with the definitions of every other figure — where its complaints
 * come from, what remains open and which provinces are rising (docs/0045).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Priority programmes",
        allowedDependencies = {"audit", "category", "complaint", "identity", "region", "shared", "statistics"})
package id.sp4n.portal.programme;
