package org.gsef.governance.query.calendar;

import java.util.Locale;
import java.util.Map;
import org.gsef.governance.kernel.common.OfficialLanguage;

/** The words a calendar feed writes around the record's own titles, in GSEF's three languages. */
record CalendarWords(
        String privateName,
        String publicName,
        String ballotCloses,
        String admissionOf,
        String minutesOf,
        String milestone,
        String meeting,
        String dateToBeConfirmed,
        Map<String, String> labels) {

    private static final Map<OfficialLanguage, CalendarWords> ALL = Map.of(
            OfficialLanguage.ENGLISH,
            new CalendarWords(
                    "GSEF governance",
                    "GSEF program of activities",
                    "Ballot closes: %s",
                    "Admission of %s",
                    "Approval of the minutes of the %s",
                    "%s: %s",
                    "Steering Committee",
                    "Date to be confirmed",
                    Map.ofEntries(
                            Map.entry("IN_PERSON", "In person"),
                            Map.entry("ONLINE", "Online"),
                            Map.entry("WRITTEN", "Written procedure"),
                            Map.entry("AT_MEETING", "At a meeting"),
                            Map.entry("owner", "Carried by"),
                            Map.entry("partners", "Partners"),
                            Map.entry("procedure", "Procedure"))),
            OfficialLanguage.FRENCH,
            new CalendarWords(
                    "Gouvernance du GSEF",
                    "Programme d’activités du GSEF",
                    "Clôture du scrutin : %s",
                    "Adhésion de %s",
                    "Approbation du procès-verbal : %s",
                    "%s : %s",
                    "Comité de pilotage",
                    "Date à confirmer",
                    Map.ofEntries(
                            Map.entry("IN_PERSON", "En présentiel"),
                            Map.entry("ONLINE", "En ligne"),
                            Map.entry("WRITTEN", "Procédure écrite"),
                            Map.entry("AT_MEETING", "En réunion"),
                            Map.entry("owner", "Porté par"),
                            Map.entry("partners", "Partenaires"),
                            Map.entry("procedure", "Procédure"))),
            OfficialLanguage.SPANISH,
            new CalendarWords(
                    "Gobernanza del GSEF",
                    "Programa de actividades del GSEF",
                    "Cierre de la votación: %s",
                    "Admisión de %s",
                    "Aprobación del acta: %s",
                    "%s: %s",
                    "Comité Directivo",
                    "Fecha por confirmar",
                    Map.ofEntries(
                            Map.entry("IN_PERSON", "Presencial"),
                            Map.entry("ONLINE", "En línea"),
                            Map.entry("WRITTEN", "Procedimiento escrito"),
                            Map.entry("AT_MEETING", "En reunión"),
                            Map.entry("owner", "A cargo de"),
                            Map.entry("partners", "Socios"),
                            Map.entry("procedure", "Procedimiento"))));

    static CalendarWords in(OfficialLanguage language) {
        return ALL.get(language);
    }

    /** A code's label ({@code IN_PERSON}), or the code itself where none is written. */
    String label(String code) {
        return code == null ? null : labels.getOrDefault(code, code);
    }

    /** The language of a two-letter code ({@code en}, {@code fr}, {@code es}) or of its name ({@code FRENCH}). */
    static OfficialLanguage language(String code) {
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        for (OfficialLanguage language : OfficialLanguage.values()) {
            if (language.locale().getLanguage().equals(wanted)
                    || language.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return language;
            }
        }
        throw new IllegalArgumentException("lang must be en, fr or es");
    }
}
