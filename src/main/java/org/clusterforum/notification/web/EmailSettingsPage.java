package org.clusterforum.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.clusterforum.notification.model.EmailFrequency;
import org.clusterforum.notification.model.NotificationKind;
import org.clusterforum.notification.service.EmailChoice;
import org.clusterforum.notification.service.EmailSettings;
import org.clusterforum.platform.security.CurrentMember;
import org.clusterforum.platform.validation.InvalidInput;
import org.clusterforum.platform.web.Pages;

/** /account/email: how often each kind of notification reaches the signed-in member by email. */
@Named
@RequestScoped
public class EmailSettingsPage {

    @Inject
    EmailSettings settings;

    @Inject
    CurrentMember currentMember;

    private List<Row> rows;

    /** One line of the form; its frequency is bound to the select. */
    public static final class Row {
        private final NotificationKind kind;
        private final String label;
        private EmailFrequency frequency;

        Row(EmailChoice choice) {
            this.kind = choice.kind();
            this.label = choice.label();
            this.frequency = choice.frequency();
        }

        public String getId() {
            return kind.name().toLowerCase(java.util.Locale.ROOT);
        }

        public String getLabel() {
            return label;
        }

        public EmailFrequency getFrequency() {
            return frequency;
        }

        public void setFrequency(EmailFrequency frequency) {
            this.frequency = frequency;
        }
    }

    public List<Row> getRows() {
        if (rows == null) {
            rows = new ArrayList<>();
            for (EmailChoice choice : settings.choices(currentMember.viewer())) {
                rows.add(new Row(choice));
            }
        }
        return rows;
    }

    public void save() {
        Map<NotificationKind, EmailFrequency> chosen = new EnumMap<>(NotificationKind.class);
        for (Row row : getRows()) {
            chosen.put(row.kind, row.frequency);
        }
        try {
            settings.choose(currentMember.viewer(), chosen);
            Pages.info("Your email choices are saved.");
            Pages.redirect("/account/email");
        } catch (InvalidInput problems) {
            Pages.show(problems, "emailChoices");
        }
    }

    /** Stops every notification email at once. */
    public void stopAll() {
        Map<NotificationKind, EmailFrequency> chosen = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            chosen.put(kind, EmailFrequency.OFF);
        }
        settings.choose(currentMember.viewer(), chosen);
        Pages.info("You will get no notification emails. Account emails (such as password resets) still come.");
        Pages.redirect("/account/email");
    }

    public EmailFrequency[] getFrequencies() {
        return EmailFrequency.values();
    }

    public boolean isMailEnabled() {
        return settings.mailEnabled();
    }
}
