package id.sp4n.portal.complaint;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ComplaintRepository extends ListCrudRepository<Complaint, Long> {

    Optional<Complaint> findByTrackingNumber(String trackingNumber);
}
