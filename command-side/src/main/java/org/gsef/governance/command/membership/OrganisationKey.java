package org.gsef.governance.command.membership;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.gsef.governance.kernel.membership.Organisation;
import org.gsef.governance.kernel.membership.OrganisationKind;

/**
 * What makes two records the same organisation, whatever way its name was typed: the name reduced by
 * {@link #normalise(String)}, and the country. "Ville de Bamako", "City of Bamako" and "BAMAKO" in Mali are one key,
 * whatever city or kind each record gives (a second spelling of the city, "Bamako District", or another kind must
 * not make it another organisation: a genuinely different one goes on by the Secretariat's statement); an
 * international or regional network is known by its name alone, since it has no single country.
 *
 * @param name the normalised name
 * @param country the ISO country code, or empty for an international or regional network
 * @param city empty: kept for the stored form of keys, the city is not part of what makes an organisation
 */
public record OrganisationKey(String name, String country, String city) {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    /** Invisible characters (soft hyphens, zero-width spaces and joiners): typed or pasted, they separate nothing. */
    private static final Pattern FORMAT_CHARACTERS = Pattern.compile("\\p{Cf}+");

    /** Cyrillic and Greek letters that look like Latin ones, read as the Latin letter they imitate. */
    private static final String LOOK_ALIKES = "аa еe оo рp сc хx уy іi ѕs јj кk мm нh тt вb ԁd ɡg αa οo ρp τt νv κk ιi";

    private static final Pattern NEITHER_LETTER_NOR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Letters that carry no combining mark to drop, written as they are without the diacritic. */
    private static final List<String[]> LETTERS = List.of(
            new String[] {"ß", "ss"},
            new String[] {"æ", "ae"},
            new String[] {"œ", "oe"},
            new String[] {"ø", "o"},
            new String[] {"ł", "l"},
            new String[] {"đ", "d"},
            new String[] {"ð", "d"},
            new String[] {"þ", "th"},
            new String[] {"ı", "i"});

    /**
     * The ways a city's government is named around the city itself, as they read once normalised: "Ville d'Abidjan"
     * reads "ville d abidjan". Longer forms come first, so that "city of" does not leave "the" behind.
     */
    private static final List<String> PREFIXES = List.of(
            "the city of ",
            "city of ",
            "the municipality of ",
            "municipality of ",
            "government of ",
            "ville de ",
            "ville d ",
            "mairie du district de ",
            "mairie de ",
            "mairie d ",
            "mairie du ",
            "district de ",
            "district of ",
            "municipalite de ",
            "gobierno de la ciudad de ",
            "ciudad de ",
            "alcaldia de ",
            "municipalidad de ",
            "intendencia de ",
            "ajuntament de ",
            "ajuntament d ",
            "camara municipal de ",
            "ayuntamiento de ",
            "municipio de ",
            "cidade de ",
            "prefeitura de ",
            "citta di ",
            "comune di ");

    private static final List<String> SUFFIXES = List.of(
            " metropolitan government",
            " metropolitan city",
            " city government",
            " city council",
            " city hall",
            " city",
            " municipality");

    public OrganisationKey {
        if (name == null || name.isEmpty() || country == null || city == null) {
            throw new IllegalArgumentException("a key has a name, and a country and a city that may be empty");
        }
    }

    /** The key of the organisation as recorded in an application or the member register. */
    public static OrganisationKey of(Organisation organisation) {
        if (organisation.kind() == OrganisationKind.INTERNATIONAL_OR_REGIONAL_NETWORK) {
            return new OrganisationKey(normalise(organisation.name()), "", "");
        }
        return new OrganisationKey(
                normalise(organisation.name()), organisation.country() == null ? "" : organisation.country(), "");
    }

    /**
     * A name as compared: lower case, without invisible characters, with compatibility forms folded and accents dropped
     * (Unicode NFKD, combining marks removed), Cyrillic and Greek look-alikes read as Latin, punctuation and runs of
     * spaces read as one space, and a city government's form ("City of X", "Ville de X", "Ciudad de X", "X City
     * Council", ...) read as X. A name that is nothing but such a form is kept whole.
     */
    public static String normalise(String text) {
        String visible = FORMAT_CHARACTERS.matcher(text).replaceAll("");
        String plain = COMBINING_MARKS
                .matcher(Normalizer.normalize(visible, Normalizer.Form.NFKD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
        for (String pair : LOOK_ALIKES.split(" ")) {
            plain = plain.replace(pair.charAt(0), pair.charAt(1));
        }
        for (String[] letter : LETTERS) {
            plain = plain.replace(letter[0], letter[1]);
        }
        String spaced = NEITHER_LETTER_NOR_DIGIT.matcher(plain).replaceAll(" ").strip();
        for (String reduced = withoutForm(spaced); !reduced.equals(spaced); reduced = withoutForm(spaced)) {
            spaced = reduced;
        }
        return spaced;
    }

    private static String withoutForm(String name) {
        for (String prefix : PREFIXES) {
            if (name.startsWith(prefix) && name.length() > prefix.length()) {
                return name.substring(prefix.length());
            }
        }
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    /** The key as one text, as the registry stores it. */
    public String value() {
        return name + "|" + country + "|" + city;
    }

    @Override
    public String toString() {
        return value();
    }
}
