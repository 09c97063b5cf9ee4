/**
 * Reads from a streaming replica of the primary PostgreSQL, when {@code portal.replica.url} names one: pages marked
 * {@link id.sp4n.portal.shared.ReadsFromReplica} read there while the replica is known to be at most
 * {@code portal.replica.max-lag} behind, and a visitor who has just written reads the primary (docs/0031).
 */
package id.sp4n.portal.system.replica;
