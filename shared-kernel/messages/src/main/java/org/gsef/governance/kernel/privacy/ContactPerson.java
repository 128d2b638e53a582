package org.gsef.governance.kernel.privacy;

import java.util.regex.Pattern;
import org.gsef.governance.kernel.common.Require;

/** The person to contact about an application: personal data, only ever stored sealed. */
public record ContactPerson(String name, String email) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}");

    public ContactPerson {
        name = Require.text(name, "contact name", 150).strip();
        email = Require.text(email, "contact email", 254).strip();
        if (!EMAIL.matcher(email).matches()) {
            throw new IllegalArgumentException("contact email is not an e-mail address");
        }
    }
}
