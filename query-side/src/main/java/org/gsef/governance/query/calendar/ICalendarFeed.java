package org.gsef.governance.query.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Language;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.gsef.governance.kernel.common.OfficialLanguage;
import org.gsef.governance.query.calendar.CalendarEntry.Certainty;

/**
 * A calendar feed written as iCalendar (RFC 5545) by ical4j: a day or a span of days as {@code VALUE=DATE} (the end
 * exclusive, as the RFC has it), an instant in UTC; each entry's status, and its summary and description marked with
 * their language.
 */
public final class ICalendarFeed {

    public static final String MEDIA_TYPE = "text/calendar";
    static final String PRODUCT = "-//GSEF//Governance//EN";
    static final String UID_DOMAIN = "@governance.gsef";

    private ICalendarFeed() {}

    /** The private feed's name (governance) or the public one's (the program), in the language given. */
    public static String name(OfficialLanguage language, boolean publicFeed) {
        CalendarWords words = CalendarWords.in(language);
        return publicFeed ? words.publicName() : words.privateName();
    }

    /** The language of a code ({@code en}, {@code fr}, {@code es}); an unknown one is refused as bad input. */
    public static OfficialLanguage language(String code) {
        return CalendarWords.language(code);
    }

    /** The calendar as text, with its entries stamped at the instant given. */
    public static String write(String name, OfficialLanguage language, List<CalendarEntry> entries, Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        String tag = language.locale().getLanguage();
        for (CalendarEntry entry : entries) {
            calendar.add(event(entry, tag, now));
        }
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static VEvent event(CalendarEntry entry, String languageTag, Instant now) {
        VEvent event = new VEvent(false);
        event.add(new Uid(entry.uid() + UID_DOMAIN));
        event.add(new DtStamp(now));
        if (entry.at() != null) {
            event.add(new DtStart<>(entry.at()));
        } else {
            event.add(new DtStart<>(wholeDays(), entry.firstDay()));
            event.add(new DtEnd<>(wholeDays(), entry.lastDay().plusDays(1)));
        }
        event.add(new Summary(inLanguage(languageTag), entry.summary()));
        if (entry.description() != null) {
            event.add(new Description(inLanguage(languageTag), entry.description()));
        }
        if (entry.location() != null && !entry.location().isBlank()) {
            event.add(new Location(entry.location()));
        }
        event.add(status(entry.certainty()));
        return event;
    }

    private static ParameterList wholeDays() {
        return new ParameterList(List.of(Value.DATE));
    }

    private static ParameterList inLanguage(String tag) {
        return new ParameterList(List.of(new Language(tag)));
    }

    private static Status status(Certainty certainty) {
        return switch (certainty) {
            case CONFIRMED -> ImmutableStatus.VEVENT_CONFIRMED;
            case TENTATIVE -> ImmutableStatus.VEVENT_TENTATIVE;
            case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
        };
    }
}
