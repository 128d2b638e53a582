package org.gsef.governance.query.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.gsef.governance.kernel.common.OfficialLanguage;

/** The language an account chose for its notifications, instead of its configured official language. */
@Entity
@Table(name = "notification_language")
public class LanguageChoice {

    @Id
    private String account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OfficialLanguage language;

    protected LanguageChoice() {}

    LanguageChoice(String account, OfficialLanguage language) {
        this.account = account;
        this.language = language;
    }

    public OfficialLanguage language() {
        return language;
    }

    void language(OfficialLanguage language) {
        this.language = language;
    }
}
