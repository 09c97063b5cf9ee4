package id.sp4n.portal.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A GET handler whose reads may be served by the read replica when one is configured ({@code portal.replica.url}):
 * what it shows may be up to {@code portal.replica.max-lag} behind the primary, except to a visitor who has just
 * written something, who reads the primary for that long (docs/0031). Its read-only transactions go to the replica;
 * any transaction that writes still goes to the primary.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadsFromReplica {
}
