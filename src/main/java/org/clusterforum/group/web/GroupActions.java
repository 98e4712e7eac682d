package org.clusterforum.group.web;

import java.util.function.Supplier;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.InvalidInput;
import org.clusterforum.platform.validation.NotFound;
import org.clusterforum.platform.web.Pages;

/** How the group pages run an action: done → message and redirect; refused or wrong → a message, text kept. */
final class GroupActions {

    private GroupActions() {
    }

    /**
     * Runs {@code action}; on success shows {@code done} after redirecting to {@code then} (asked after the action,
     * which may have made the address). Problems with the
     * input go next to the fields of {@code formId}; a refusal is shown; something gone shows {@code gone}, or
     * the not-found page when {@code gone} is null.
     */
    static void run(Runnable action, String done, Supplier<String> then, String formId, String gone) {
        run(action, () -> done, then, formId, gone);
    }

    /** {@link #run(Runnable, String, Supplier, String, String)} with a message made after the action. */
    static void run(Runnable action, Supplier<String> done, Supplier<String> then, String formId, String gone) {
        try {
            action.run();
            Pages.info(done.get());
            Pages.redirect(then.get());
        } catch (InvalidInput problems) {
            Pages.show(problems, formId);
        } catch (Forbidden e) {
            Pages.error(e.getMessage());
        } catch (NotFound e) {
            if (gone == null) {
                Pages.notFound();
            } else {
                Pages.error(gone);
            }
        }
    }
}
