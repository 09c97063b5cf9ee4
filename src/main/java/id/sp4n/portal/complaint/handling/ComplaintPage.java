package id.sp4n.portal.complaint.handling;

import java.util.List;

/** One page of complaints and how many match in all. */
public record ComplaintPage(List<ComplaintListItem> items, long total, int page, int size) {

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
