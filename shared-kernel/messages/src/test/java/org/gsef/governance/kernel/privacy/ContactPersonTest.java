package org.gsef.governance.kernel.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContactPersonTest {

    @Test
    void the_sealed_form_reads_back_as_the_same_person() {
        ContactPerson person = new ContactPerson("  María José Pérez ", "mj.perez@socioeco.example.mx");

        ContactPerson read = ContactPerson.fromSealedForm(person.sealedForm());

        assertThat(read).isEqualTo(person);
        assertThat(read.name()).isEqualTo("María José Pérez");
    }

    @Test
    void a_name_with_a_line_break_is_refused_rather_than_read_back_as_another_address() {
        assertThatThrownBy(() -> new ContactPerson("Jane\nattacker@evil.example", "jane@example.org"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line breaks");
    }

    @Test
    void text_that_is_no_sealed_form_is_refused() {
        assertThatThrownBy(() -> ContactPerson.fromSealedForm("just a name"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ContactPerson.fromSealedForm("Jane\nnot an address"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
