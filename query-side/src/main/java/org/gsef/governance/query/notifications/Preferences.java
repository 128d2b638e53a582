package org.gsef.governance.query.notifications;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Preferences extends JpaRepository<Preference, Preference.Key> {

    List<Preference> findByKeyAccount(String account);
}
