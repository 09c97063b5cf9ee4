package id.sp4n.portal.complaint.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;

/**
 * What the intake form posts. The field names are a public contract: other clients post the same names
 * (see README). Everything is kept as typed, so that a form with errors comes back exactly as it was sent.
 */
public class ComplaintForm {

    private String type = "PENGADUAN";
    private String title;
    private String description;
    private String incidentDate;
    private String provinceCode;
    private String regencyCode;
    private String districtCode;
    private String address;
    private String categoryCode;
    private String destinationAgencyCode;
    private boolean anonymous;
    private boolean confidential;
    private List<MultipartFile> attachments = new ArrayList<>();
    private String name;
    private String email;
    private String phone;
    /** The private link's key, generated with the empty form; it also makes a repeated post harmless. */
    private String formKey;
    /** Which sub-site the form was opened from (a programme's own door, {@code /lapor?program=stunting}), if any. */
    private String label;

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getIncidentDate() {
        return incidentDate;
    }

    public void setIncidentDate(String incidentDate) {
        this.incidentDate = incidentDate;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public void setProvinceCode(String provinceCode) {
        this.provinceCode = provinceCode;
    }

    public String getRegencyCode() {
        return regencyCode;
    }

    public void setRegencyCode(String regencyCode) {
        this.regencyCode = regencyCode;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public void setDistrictCode(String districtCode) {
        this.districtCode = districtCode;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public void setCategoryCode(String categoryCode) {
        this.categoryCode = categoryCode;
    }

    public String getDestinationAgencyCode() {
        return destinationAgencyCode;
    }

    public void setDestinationAgencyCode(String destinationAgencyCode) {
        this.destinationAgencyCode = destinationAgencyCode;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public void setAnonymous(boolean anonymous) {
        this.anonymous = anonymous;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public void setConfidential(boolean confidential) {
        this.confidential = confidential;
    }

    public List<MultipartFile> getAttachments() {
        return attachments;
    }

    public void setAttachments(List<MultipartFile> attachments) {
        this.attachments = attachments == null ? new ArrayList<>() : attachments;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getFormKey() {
        return formKey;
    }

    public void setFormKey(String formKey) {
        this.formKey = formKey;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }
}
