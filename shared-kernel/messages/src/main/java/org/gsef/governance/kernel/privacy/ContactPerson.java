package org.gsef.governance.kernel.privacy;

import java.util.regex.Pattern;
import org.gsef.governance.kernel.common.Require;

/**
 * The person to contact about an application: personal data, only ever stored sealed, in the one plain form this type
 * writes ({@link #sealedForm()}) and reads back ({@link #fromSealedForm(String)}).
 */
public record ContactPerson(String name, String email) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final String SEPARATOR = "\n";

    public ContactPerson {
        name = Require.text(name, "contact name", 150).strip();
        email = Require.text(email, "contact email", 254).strip();
        if (CONTROL.matcher(name).find()) {
            throw new IllegalArgumentException("contact name must not hold line breaks or other control characters");
        }
        if (!EMAIL.matcher(email).matches()) {
            throw new IllegalArgumentException("contact email is not an e-mail address");
        }
    }

    /** The plain text that is sealed: the name, a line break, the address (neither can hold a line break). */
    public String sealedForm() {
        return name + SEPARATOR + email;
    }

    /** The contact person whose {@link #sealedForm()} this is. */
    public static ContactPerson fromSealedForm(String plain) {
        int separator = plain.indexOf(SEPARATOR);
        if (separator < 0) {
            throw new IllegalArgumentException("not the sealed form of a contact person");
        }
        return new ContactPerson(plain.substring(0, separator), plain.substring(separator + 1));
    }
}
