package org.clusterforum.discussion.web;

import java.util.List;
import org.clusterforum.discussion.service.Upload;
import org.primefaces.model.file.UploadedFiles;

/** PrimeFaces' uploaded files as the service's uploads (name and bytes); also used by the challenge pages. */
public final class Uploads {

    private Uploads() {
    }

    public static List<Upload> of(UploadedFiles files) {
        if (files == null || files.getFiles() == null) {
            return List.of();
        }
        return files.getFiles().stream().filter(f -> f.getSize() > 0)
                .map(f -> new Upload(f.getFileName(), f.getContent())).toList();
    }
}
