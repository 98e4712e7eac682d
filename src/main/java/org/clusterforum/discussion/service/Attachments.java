package org.clusterforum.discussion.service;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.clusterforum.platform.config.SiteSettings;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.clusterforum.account.model.Member;
import org.clusterforum.discussion.model.Attachment;
import org.clusterforum.discussion.model.AttachmentRepository;
import org.clusterforum.discussion.model.Post;
import org.clusterforum.platform.config.ForumConfig;
import org.clusterforum.platform.security.Viewer;
import org.clusterforum.platform.space.SpaceAccess;
import org.clusterforum.platform.validation.InvalidInput;
import org.clusterforum.platform.validation.NotFound;

/**
 * Files attached to posts: checked (kind from the bytes, size, count), stored under
 * {@code FORUM_DATA_DIR/attachments}, and handed out only to those who may see the post. Files written for a
 * transaction that rolls back are deleted again.
 */
@ApplicationScoped
public class Attachments {

    @Inject
    SiteSettings settings;

    @Inject
    ForumConfig config;

    @Inject
    AttachmentRepository attachments;

    @Inject
    SpaceAccess access;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** A checked upload: its kind is known from its bytes. */
    record Checked(Upload upload, FileKind kind) {
    }

    List<Checked> check(List<Upload> uploads, InvalidInput.Collector problems) {
        List<Checked> checked = new ArrayList<>();
        List<Upload> real = uploads == null ? List.of()
                : uploads.stream().filter(u -> u != null && u.bytes().length > 0).toList();
        int most = settings.attachmentsPerPost();
        long maxBytes = settings.attachmentMaxBytes();
        if (real.size() > most) {
            problems.add("files", most == 0 ? "Attachments are turned off in this forum. Post your text without"
                    + " files." : "Attach at most " + most + (most == 1 ? " file" : " files") + " to one post.");
            return checked;
        }
        for (Upload u : real) {
            if (u.bytes().length > maxBytes) {
                problems.add("files", u.fileName() + " is too large: files may be up to " + megabytes(maxBytes)
                        + ". Attach the files again after making it smaller.");
                continue;
            }
            var kind = FileKind.of(u.bytes());
            if (kind.isEmpty()) {
                problems.add("files", u.fileName() + " is not a PNG, JPEG, GIF or WebP image or a PDF"
                        + " (its content was checked, not its name). Attach the files again.");
                continue;
            }
            checked.add(new Checked(u, kind.get()));
        }
        return checked;
    }

    /** Stores the files and records them on the post (inside the posting transaction). */
    void attach(Post post, Member uploader, List<Checked> files) {
        for (Checked c : files) {
            String key = UUID.randomUUID().toString();
            Path target = pathOf(key);
            try {
                Files.createDirectories(target.getParent());
                Path temp = Files.createTempFile(target.getParent(), key, ".part");
                Files.write(temp, c.upload().bytes());
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not store an attachment", e);
            }
            deleteIfRolledBack(target);
            attachments.add(new Attachment(post, uploader, cleanName(c.upload().fileName(), c.kind()),
                    c.kind().contentType(), c.upload().bytes().length, key));
        }
        post.attached(files.size());
    }

    /** The attachment's file, if the viewer may see its post (a deleted post's files only for moderators). */
    @Transactional
    public AttachmentFile open(Viewer viewer, long attachmentId) {
        Attachment a = attachments.find(attachmentId).orElseThrow(() -> new NotFound("Attachment"));
        Post post = a.getPost();
        var space = post.getThread().getSpace();
        if (!access.canOpen(viewer, space, "attachment") || ((post.isDeleted() || post.getThread().isDeleted()
                || ((post.isAwaitingApproval() || !post.getThread().isListed()) && !viewer.is(post.getAuthor().getId())))
                && !access.canModerate(viewer, space))) {
            throw new NotFound("Attachment");
        }
        Path path = pathOf(a.getStorageKey());
        if (!Files.isRegularFile(path)) {
            throw new NotFound("Attachment");
        }
        return new AttachmentFile(path, a.getFileName(), a.getContentType(), a.getSize(), !space.isPublic());
    }

    static AttachmentView view(Attachment a) {
        return new AttachmentView(a.getId(), a.getFileName(), "/attachments/" + a.getId(), a.isImage(),
                a.getSize() < 1024 * 1024 ? Math.max(1, a.getSize() / 1024) + " KB" : megabytes(a.getSize()));
    }

    private void deleteIfRolledBack(Path file) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException e) {
                        // an orphaned file wastes space but leaks nothing: no row points at it
                    }
                }
            }
        });
    }

    private Path pathOf(String key) {
        return config.dataDir().resolve("attachments").resolve(key.substring(0, 2)).resolve(key);
    }

    private static String cleanName(String name, FileKind kind) {
        String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (base.isEmpty()) {
            base = "file";
        }
        if (base.length() > 150) {
            base = base.substring(0, 150);
        }
        String ext = "." + kind.name().toLowerCase(Locale.ROOT).replace("jpeg", "jpg");
        return base.toLowerCase(Locale.ROOT).endsWith(ext) ? base : base + ext;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
