package id.sp4n.portal.agency;

import java.util.List;

/** One page of agencies and the total number that match the query. */
public record AgencyPage(List<AgencySummary> items, long total, int page, int size) {

    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pageCount();
    }
}
