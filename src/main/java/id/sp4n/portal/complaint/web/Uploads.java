package id.sp4n.portal.complaint.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import id.sp4n.portal.complaint.CleanAttachment;
import id.sp4n.portal.complaint.handling.AttachmentInspector;
import org.springframework.web.multipart.MultipartFile;

/** Inspects the files of a form (intake, responses) and tells the caller about each one refused. */
final class Uploads {

    interface Refusals {
        void tooMany(int sent);

        void refused(MultipartFile file, AttachmentInspector.Rejected rejected);
    }

    private Uploads() {
    }

    static List<CleanAttachment> inspect(AttachmentInspector inspector, List<MultipartFile> files, Refusals refusals) {
        List<MultipartFile> sent = files == null ? List.of()
                : files.stream().filter(f -> f != null && !f.isEmpty()).toList();
        List<CleanAttachment> clean = new ArrayList<>();
        if (sent.size() > AttachmentInspector.MAX_FILES) {
            refusals.tooMany(sent.size());
            return clean;
        }
        for (MultipartFile file : sent) {
            try {
                clean.add(inspector.inspect(file.getOriginalFilename(), file.getBytes()));
            } catch (AttachmentInspector.Rejected rejected) {
                refusals.refused(file, rejected);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return clean;
    }

    /** The arguments of the messages for a refused file: its name and the size limit in MB. */
    static Object[] refusalArguments(MultipartFile file) {
        return new Object[] {file.getOriginalFilename(), AttachmentInspector.MAX_BYTES / (1024 * 1024)};
    }
}
