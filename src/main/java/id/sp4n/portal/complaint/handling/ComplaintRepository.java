package id.sp4n.portal.complaint.handling;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface ComplaintRepository extends JpaRepository<Complaint, Long> {

    Optional<Complaint> findByTrackingNumber(String trackingNumber);

    @Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    Optional<Complaint> findForChangeByTrackingNumber(String trackingNumber);
}
