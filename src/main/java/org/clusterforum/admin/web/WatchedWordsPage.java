package org.clusterforum.admin.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clusterforum.platform.security.CurrentMember;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.InvalidInput;
import org.clusterforum.platform.watchwords.WatchedAction;
import org.clusterforum.platform.watchwords.WatchedWordView;
import org.clusterforum.platform.watchwords.WatchedWords;
import org.clusterforum.platform.web.Pages;

/**
 * /admin/words: the watched words, and a form to add one (word, what happens, a message for a block). Anyone but
 * an administrator gets "page not found". What was typed survives a refusal.
 */
@Named
@ViewScoped
public class WatchedWordsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WatchedWords watchedWords;

    @Inject
    CurrentMember currentMember;

    private List<WatchedWordView> words = List.of();
    private String word;
    private WatchedAction action;
    private String message;

    public void load() {
        if (!currentMember.can("ADMINISTER")) {
            Pages.notFound();
            return;
        }
        words = watchedWords.list(currentMember.viewer());
    }

    public void add() {
        try {
            watchedWords.add(currentMember.viewer(), word, action, message);
            Pages.info("“" + word.strip() + "” is watched from now on: " + action.label().toLowerCase() + ".");
            Pages.redirect("/admin/words");
        } catch (InvalidInput problems) {
            Pages.show(problems, "add");
        } catch (Forbidden e) {
            Pages.error(e.getMessage());
        }
    }

    public void remove(WatchedWordView w) {
        try {
            watchedWords.remove(currentMember.viewer(), w.id());
            Pages.info("“" + w.word() + "” is no longer watched.");
            Pages.redirect("/admin/words");
        } catch (Forbidden e) {
            Pages.error(e.getMessage());
        }
    }

    public List<WatchedAction> getActions() {
        return List.of(WatchedAction.values());
    }

    public List<WatchedWordView> getWords() {
        return words;
    }

    public String getWord() {
        return word;
    }

    public void setWord(String word) {
        this.word = word;
    }

    public WatchedAction getAction() {
        return action;
    }

    public void setAction(WatchedAction action) {
        this.action = action;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
