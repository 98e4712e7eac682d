package org.clusterforum.platform.watchwords;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.clusterforum.platform.audit.AuditAction;
import org.clusterforum.platform.audit.AuditTarget;
import org.clusterforum.platform.audit.AuditTrail;
import org.clusterforum.platform.security.Permission;
import org.clusterforum.platform.security.Viewer;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.InvalidInput;
import org.clusterforum.platform.validation.Texts;

/**
 * Watched words: administrators add and remove them (each change in the audit log); every feature that takes
 * text from members asks {@link #check} before storing it and acts on the answer (block, hold for approval, flag).
 * The list is read on use, so a change applies to the next post on every node.
 */
@ApplicationScoped
public class WatchedWords {

    public static final String WORD_FIELD = "word";
    public static final String ACTION_FIELD = "action";
    public static final String MESSAGE_FIELD = "message";

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** Every watched word, in alphabetical order (administrators only). */
    @Transactional
    public List<WatchedWordView> list(Viewer viewer) {
        requireAdmin(viewer);
        return all().stream().map(w -> new WatchedWordView(w.getId(), w.getWord(), w.getAction(), w.getMessage(),
                w.getCreatedAt())).toList();
    }

    /** Watches a new word; the same word twice (in any case or spacing) is refused with a message. */
    @Transactional
    public long add(Viewer viewer, String word, WatchedAction action, String message) {
        requireAdmin(viewer);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String clean = Texts.clean(word);
        String note = Texts.clean(message);
        if (clean.isEmpty()) {
            problems.add(WORD_FIELD, "Enter the word or phrase to watch for.");
        } else if (Texts.length(clean) > WatchedWord.MAX_WORD) {
            problems.add(WORD_FIELD, "Keep the word or phrase under " + WatchedWord.MAX_WORD + " characters.");
        } else if (!clean.codePoints().anyMatch(Character::isLetterOrDigit)) {
            problems.add(WORD_FIELD, "A watched word needs at least one letter or digit; * alone would match"
                    + " every word.");
        } else if (findByKey(WatchedWord.key(clean)) != null) {
            problems.add(WORD_FIELD, "“" + clean + "” is already watched. Remove it first to change what happens.");
        }
        if (action == null) {
            problems.add(ACTION_FIELD, "Choose what happens to a post with this word.");
        }
        if (Texts.length(note) > WatchedWord.MAX_MESSAGE) {
            problems.add(MESSAGE_FIELD, "Keep the message under " + WatchedWord.MAX_MESSAGE + " characters.");
        }
        problems.throwIfAny();
        WatchedWord added = new WatchedWord(clean, action, note.isEmpty() ? null : note, viewer.memberId());
        em.persist(added);
        em.flush();
        audit.record(viewer, AuditAction.WATCH_WORD, target(added), action.label()
                + (note.isEmpty() ? "" : ". Message: " + note));
        return added.getId();
    }

    /** Stops watching a word; removing one already removed changes nothing. */
    @Transactional
    public void remove(Viewer viewer, long id) {
        requireAdmin(viewer);
        WatchedWord word = em.find(WatchedWord.class, id);
        if (word != null) {
            em.remove(word);
            audit.record(viewer, AuditAction.UNWATCH_WORD, target(word), "Was: " + word.getAction().label());
        }
    }

    /**
     * The strongest action any watched word asks for in these texts (a title and a plain-text body, say), or
     * {@link WordCheck#NONE}. One statement, whatever the number of texts.
     */
    @Transactional
    public WordCheck check(String... texts) {
        WordCheck result = WordCheck.NONE;
        for (WatchedWord w : all()) {
            if (result.action() != null && w.getAction().compareTo(result.action()) <= 0) {
                continue; // cannot make the answer stronger
            }
            java.util.regex.Pattern pattern = WatchedWord.pattern(w.getWord());
            for (String text : texts) {
                if (text != null && pattern.matcher(text).find()) {
                    result = result.or(new WordCheck(w.getAction(), w.getWord(), w.getMessage()));
                    break;
                }
            }
        }
        return result;
    }

    private List<WatchedWord> all() {
        return em.createQuery("select w from WatchedWord w order by w.wordKey", WatchedWord.class).getResultList();
    }

    private WatchedWord findByKey(String key) {
        return em.createQuery("select w from WatchedWord w where w.wordKey = :key", WatchedWord.class)
                .setParameter("key", key).getResultStream().findFirst().orElse(null);
    }

    private static AuditTarget target(WatchedWord word) {
        return new AuditTarget("watched word", null, "“" + word.getWord() + "”", "/admin/words");
    }

    private static void requireAdmin(Viewer viewer) {
        if (!viewer.can(Permission.ADMINISTER)) {
            throw new Forbidden("Only administrators manage watched words.");
        }
    }
}
