package id.sp4n.portal.complaint.handling;

import java.util.List;

/**
 * One page of complaints and how many match in all — or, when {@code capped}, that more than {@code total} match
 * (counting stops there; the pages reach that far).
 */
public record ComplaintPage(List<ComplaintListItem> items, long total, boolean capped, int page, int size) {

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
