package id.sp4n.portal.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A valid intake form as a browser posts it, with the public field names; tests change one field at a time.
 * Each form gets its own key (so each is a new submission) unless a test sets one.
 */
public final class ComplaintFormMother {

    private final Map<String, String> fields = new LinkedHashMap<>();
    private final List<MockMultipartFile> files = new ArrayList<>();

    private ComplaintFormMother() {
        fields.put("type", "PENGADUAN");
        fields.put("title", "Atap ruang kelas sekolah bocor");
        fields.put("description", "Sejak awal bulan atap ruang kelas tiga bocor setiap hujan dan murid harus pindah kelas.");
        fields.put("incidentDate", LocalDate.now().minusDays(3).toString());
        fields.put("provinceCode", "32");
        fields.put("regencyCode", "32.73");
        fields.put("categoryCode", "PENDIDIKAN-DASAR");
        fields.put("name", "Siti Rahmawati");
        fields.put("email", "siti.rahmawati@example.id");
        fields.put("phone", "0812 3456 7890");
        fields.put("formKey", id.sp4n.portal.complaint.handling.AccessKey.generate());
    }

    public static ComplaintFormMother aComplaint() {
        return new ComplaintFormMother();
    }

    /** A complaint about a primary health centre in a regency, which routing sends to its DINKES unit. */
    public static ComplaintFormMother aHealthComplaint(String regency, LocalDate today) {
        return new ComplaintFormMother().with("categoryCode", "KESEHATAN-DASAR")
                .with("provinceCode", regency.substring(0, 2)).with("regencyCode", regency)
                .with("incidentDate", today.minusDays(1).toString())
                .with("title", "Puskesmas tutup pada jam pelayanan")
                .with("description", "Puskesmas di kelurahan kami sering tutup sebelum jam pelayanan berakhir.");
    }

    public ComplaintFormMother with(String field, String value) {
        if (value == null) {
            fields.remove(field);
        } else {
            fields.put(field, value);
        }
        return this;
    }

    public ComplaintFormMother without(String field) {
        fields.remove(field);
        return this;
    }

    public ComplaintFormMother withFile(String name, String contentType, byte[] content) {
        files.add(new MockMultipartFile("attachments", name, contentType, content));
        return this;
    }

    public String field(String name) {
        return fields.get(name);
    }

    public Map<String, String> fields() {
        return Map.copyOf(fields);
    }

    /** The multipart POST to a door ({@code /lapor} or {@code /instansi/<code>/lapor}), with a CSRF token. */
    public MockMultipartHttpServletRequestBuilder postTo(String url) {
        MockMultipartHttpServletRequestBuilder request = MockMvcRequestBuilders.multipart(url);
        fields.forEach(request::param);
        files.forEach(request::file);
        request.with(csrf());
        return request;
    }
}
