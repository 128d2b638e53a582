package org.gsef.governance.query.notifications;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LanguageChoices extends JpaRepository<LanguageChoice, String> {}
