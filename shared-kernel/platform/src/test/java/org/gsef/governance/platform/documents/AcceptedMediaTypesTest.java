package org.gsef.governance.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AcceptedMediaTypesTest {

    @Test
    void a_program_called_a_pdf_is_detected_as_the_program_it_is_and_refused() {
        byte[] program = new byte[512];
        program[0] = 'M';
        program[1] = 'Z';
        program[0x3c] = (byte) 0x80;
        program[0x80] = 'P';
        program[0x81] = 'E';
        String detected = AcceptedMediaTypes.detect(program, "statutes.pdf");
        assertThat(detected).isEqualTo("application/x-msdownload");
        assertThat(AcceptedMediaTypes.accepted(detected)).isFalse();
    }

    @Test
    void bytes_that_say_nothing_are_refused_whatever_their_name() {
        byte[] noise = new byte[300];
        new Random(1).nextBytes(noise);
        assertThat(AcceptedMediaTypes.detect(noise, "statutes.pdf")).isEqualTo("application/octet-stream");
        assertThat(AcceptedMediaTypes.accepted("application/octet-stream")).isFalse();
    }

    @Test
    void html_and_svg_are_refused_even_when_called_text_or_an_image() {
        String html = AcceptedMediaTypes.detect(
                "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8),
                "note.txt");
        String svg = AcceptedMediaTypes.detect(
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>1</script></svg>".getBytes(StandardCharsets.UTF_8),
                "photo.png");
        assertThat(html).isEqualTo("text/html");
        assertThat(svg).isEqualTo("image/svg+xml");
        assertThat(AcceptedMediaTypes.accepted(html)).isFalse();
        assertThat(AcceptedMediaTypes.accepted(svg)).isFalse();
    }

    @Test
    void documents_and_images_are_recognised_by_their_bytes_and_accepted() {
        assertThat(AcceptedMediaTypes.detect("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), "x.bin"))
                .isEqualTo("application/pdf");
        assertThat(AcceptedMediaTypes.detect("a,b\n1,2\n".getBytes(StandardCharsets.US_ASCII), "values.csv"))
                .isEqualTo("text/csv");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThat(AcceptedMediaTypes.detect(png, "photo")).isEqualTo("image/png");
        assertThat(AcceptedMediaTypes.accepted("application/pdf")).isTrue();
        assertThat(AcceptedMediaTypes.accepted("text/csv")).isTrue();
        assertThat(AcceptedMediaTypes.accepted("image/png")).isTrue();
    }

    @Test
    void a_name_whose_extension_is_not_the_detected_types_gets_the_types_own() {
        assertThat(AcceptedMediaTypes.nameFor("statutes.hta", "image/gif")).isEqualTo("statutes.hta.gif");
        assertThat(AcceptedMediaTypes.nameFor("minutes.exe", "application/pdf")).isEqualTo("minutes.exe.pdf");
        assertThat(AcceptedMediaTypes.nameFor("Statutes.PDF", "application/pdf"))
                .isEqualTo("Statutes.PDF");
        assertThat(AcceptedMediaTypes.nameFor("photo.jpeg", "image/jpeg")).isEqualTo("photo.jpeg");
    }
}
