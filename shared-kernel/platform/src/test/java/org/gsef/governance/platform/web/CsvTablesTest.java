package org.gsef.governance.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpOutputMessage;
import tools.jackson.databind.json.JsonMapper;

/** CSV formula injection (issue #15): text a spreadsheet would run is neutralised; numbers stay numbers. */
class CsvTablesTest {

    @Test
    void text_that_starts_like_a_formula_is_quoted_after_a_single_quote() {
        assertThat(CsvTables.text("=HYPERLINK(\"http://x\",\"y\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        assertThat(CsvTables.text("+1")).isEqualTo("\"'+1\"");
        assertThat(CsvTables.text("-2")).isEqualTo("\"'-2\"");
        assertThat(CsvTables.text("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(CsvTables.text("\t=1+1")).isEqualTo("\"'\t=1+1\"");
        assertThat(CsvTables.text("\r=1+1")).isEqualTo("\"'\r=1+1\"");
    }

    @Test
    void other_text_keeps_rfc_4180_quoting() {
        assertThat(CsvTables.text("Ville de Lyon")).isEqualTo("Ville de Lyon");
        assertThat(CsvTables.text("")).isEmpty();
        assertThat(CsvTables.text("Paris, France")).isEqualTo("\"Paris, France\"");
        assertThat(CsvTables.text("say \"yes\"")).isEqualTo("\"say \"\"yes\"\"\"");
        assertThat(CsvTables.text("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvTables.text("a = b - c")).isEqualTo("a = b - c");
    }

    @Test
    void a_number_is_told_from_text_by_its_type() {
        assertThat(CsvTables.cell(-2)).isEqualTo("-2");
        assertThat(CsvTables.cell(-0.5)).isEqualTo("-0.5");
        assertThat(CsvTables.cell("-2")).isEqualTo("\"'-2\"");
        assertThat(CsvTables.cell(null)).isEmpty();
    }

    record Row(String name, int change, double ratio, LocalDate on, List<String> partners, Boolean open) {}

    @Test
    void a_table_writes_numbers_as_numbers_and_neutralises_every_text_cell() throws Exception {
        CsvTables.Converter converter =
                new CsvTables.Converter(JsonMapper.builder().build());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        List<Row> rows = List.of(
                new Row("=HYPERLINK(\"http://x\",\"y\")", -3, -1.5, LocalDate.of(2019, 5, 13), List.of("-2"), null),
                new Row("RIPESS", 4, 0.5, null, List.of(), true));

        converter.write(
                rows,
                new ParameterizedTypeReference<List<Row>>() {}.getType(),
                CsvTables.TEXT_CSV,
                new HttpOutputMessage() {
                    @Override
                    public OutputStream getBody() {
                        return body;
                    }

                    @Override
                    public HttpHeaders getHeaders() {
                        return new HttpHeaders();
                    }
                });

        assertThat(body.toString(StandardCharsets.UTF_8).split("\r\n"))
                .containsExactly(
                        "name,change,ratio,on,partners,open",
                        "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-3,-1.5,2019-05-13,\"[\"\"-2\"\"]\",",
                        "RIPESS,4,0.5,,[],true");
    }
}
