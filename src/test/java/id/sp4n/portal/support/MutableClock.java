package id.sp4n.portal.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests set and move; every time-dependent rule of the portal reads the {@link Clock} bean. */
public final class MutableClock extends Clock {

    private volatile Instant now;

    public MutableClock(Instant start) {
        this.now = start;
    }

    public void set(Instant instant) {
        now = instant;
    }

    /** 09:00 in Jakarta on an ISO date: a working morning in WIB, where most test agencies are. */
    public void setMorningInJakarta(String isoDate) {
        now = java.time.LocalDateTime.parse(isoDate + "T09:00").atZone(ZoneId.of("Asia/Jakarta")).toInstant();
    }

    /** Today's date in Jakarta. */
    public java.time.LocalDate todayInJakarta() {
        return java.time.LocalDate.ofInstant(now, ZoneId.of("Asia/Jakarta"));
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same moving instant, seen in another zone. */
    @Override
    public Clock withZone(ZoneId zone) {
        MutableClock source = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return source.withZone(other);
            }

            @Override
            public Instant instant() {
                return source.instant();
            }
        };
    }
}
