/**
 * The policy follow-up register (tindak lanjut kebijakan, {@code /kebijakan}): recurring problems found in the
 * complaints, and what a body did about them — the complaints behind it, the root cause, the action, its owner, its
 * status and dates, and its effect measured from the statistics (docs/0044). Public, with nothing personal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Policy follow-up",
        allowedDependencies = {"agency", "audit", "category", "complaint", "identity", "region", "shared",
                "statistics"})
package id.sp4n.portal.policy;
