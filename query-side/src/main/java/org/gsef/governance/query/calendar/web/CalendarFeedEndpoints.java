package org.gsef.governance.query.calendar.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gsef.governance.kernel.common.OfficialLanguage;
import org.gsef.governance.kernel.identity.Actor;
import org.gsef.governance.kernel.identity.Role;
import org.gsef.governance.platform.security.BuiltInAccounts;
import org.gsef.governance.platform.web.ProblemDetailsAdvice.NotFound;
import org.gsef.governance.query.calendar.CalendarEntries;
import org.gsef.governance.query.calendar.CalendarEntry.Section;
import org.gsef.governance.query.calendar.FeedAddress;
import org.gsef.governance.query.calendar.FeedAddresses;
import org.gsef.governance.query.calendar.ICalendarFeed;
import org.gsef.governance.query.web.ReadAccess;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Calendar feeds (RFC 5545) for calendar applications: a signed-in user makes, reads and revokes its private feed
 * address; the feed at that address needs no session (its secret is the credential) and holds what the user's roles
 * may read, by the same rules as the API: the Committee's meetings and ballot deadlines for the governance readers,
 * the forums' milestones and the program of activities for anyone signed in. The public feed holds the program of
 * activities, which is public.
 */
@RestController
class CalendarFeedEndpoints {

    static final String PRIVATE_FEEDS = "/api/calendar/feeds/";

    private final FeedAddresses addresses;
    private final CalendarEntries entries;
    private final BuiltInAccounts accounts;
    private final Clock clock;

    CalendarFeedEndpoints(FeedAddresses addresses, CalendarEntries entries, BuiltInAccounts accounts, Clock clock) {
        this.addresses = addresses;
        this.entries = entries;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The signed-in user's feed address: whether there is one, since when, in which language; never its secret. */
    @GetMapping("/api/calendar/feed")
    ResponseEntity<FeedStatus> status() {
        Actor actor = ReadAccess.signedIn();
        return addresses
                .of(actor.userId())
                .map(address -> ResponseEntity.ok(FeedStatus.of(address, readable(rolesNow(address)), null)))
                .orElseGet(() -> ResponseEntity.ok(new FeedStatus(false, null, null, readable(actor.roles()), null)));
    }

    /**
     * A new private address for the signed-in user, replacing the one it had: the answer carries the address, once.
     * The feed speaks the language asked for ({@code lang}) or the request's.
     */
    @PostMapping("/api/calendar/feed")
    ResponseEntity<FeedStatus> make(@RequestParam(required = false) String lang, Locale locale) {
        Actor actor = ReadAccess.signedIn();
        OfficialLanguage language = lang != null ? ICalendarFeed.language(lang) : languageOf(locale);
        FeedAddresses.Made made = addresses.make(actor, language);
        return ResponseEntity.created(URI.create("/api/calendar/feed"))
                .cacheControl(CacheControl.noStore())
                .body(FeedStatus.of(made.address(), readable(rolesNow(made.address())), PRIVATE_FEEDS + made.secret()));
    }

    /** Revokes the signed-in user's address: 204, and the address answers 404 from then on; 404 if there was none. */
    @DeleteMapping("/api/calendar/feed")
    ResponseEntity<Void> revoke() {
        Actor actor = ReadAccess.signedIn();
        if (!addresses.revoke(actor.userId())) {
            throw new NotFound("calendar feed of " + actor.userId());
        }
        return ResponseEntity.noContent().build();
    }

    /** A private feed, by its secret: 404 for a secret that is unknown, malformed or revoked. */
    @GetMapping(value = PRIVATE_FEEDS + "{secret}", produces = ICalendarFeed.MEDIA_TYPE)
    ResponseEntity<String> privateFeed(@PathVariable String secret, @RequestParam(required = false) String lang) {
        FeedAddress address = addresses.bySecret(secret).orElseThrow(() -> new NotFound("calendar feed"));
        OfficialLanguage language = lang != null ? ICalendarFeed.language(lang) : address.language();
        Set<Section> sections = readable(rolesNow(address));
        return calendar(ICalendarFeed.name(language, false), language, sections);
    }

    /** The public feed: the program of activities. */
    @GetMapping(value = "/api/public/calendar", produces = ICalendarFeed.MEDIA_TYPE)
    ResponseEntity<String> publicFeed(@RequestParam(required = false) String lang, Locale locale) {
        OfficialLanguage language = lang != null ? ICalendarFeed.language(lang) : languageOf(locale);
        return calendar(ICalendarFeed.name(language, true), language, EnumSet.of(Section.ACTIVITIES));
    }

    private ResponseEntity<String> calendar(String name, OfficialLanguage language, Set<Section> sections) {
        Instant now = clock.instant();
        String body = ICalendarFeed.write(name, language, entries.of(sections, language), now);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(ICalendarFeed.MEDIA_TYPE + ";charset=UTF-8"))
                .cacheControl(CacheControl.noStore())
                .header("Content-Language", language.locale().getLanguage())
                .body(body);
    }

    /**
     * The roles the feed serves: those the user held when the address was made, less any a built-in account no
     * longer has as configured now (an account removed has none left).
     */
    private Set<Role> rolesNow(FeedAddress address) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(address.roles());
        try {
            Set<String> current = accounts.loadUserByUsername(address.userId()).getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority)
                    .collect(Collectors.toSet());
            roles.removeIf(role -> !current.contains("ROLE_" + role.name()));
        } catch (UsernameNotFoundException identityProviderUser) {
            // not a built-in account: the identity provider's roles as they were when the address was made
        }
        return roles;
    }

    /** What roles may read, by the API's rules ({@link ReadAccess}). */
    static Set<Section> readable(Set<Role> roles) {
        Set<Section> sections = EnumSet.noneOf(Section.class);
        if (roles.stream().anyMatch(ReadAccess.GOVERNANCE_READERS::contains)) {
            sections.add(Section.COMMITTEE_MEETINGS);
            sections.add(Section.BALLOT_DEADLINES);
        }
        if (roles.stream().anyMatch(role -> role != Role.PROCESS)) {
            sections.add(Section.MILESTONES);
            sections.add(Section.ACTIVITIES);
        }
        return sections;
    }

    private static OfficialLanguage languageOf(Locale locale) {
        return Optional.ofNullable(locale)
                .map(Locale::getLanguage)
                .flatMap(code -> {
                    try {
                        return Optional.of(ICalendarFeed.language(code));
                    } catch (IllegalArgumentException other) {
                        return Optional.empty();
                    }
                })
                .orElse(OfficialLanguage.ENGLISH);
    }

    /**
     * @param address the feed's path on this server, with its secret: only in the answer that made it
     * @param sections what the feed holds for the user's roles now
     */
    record FeedStatus(
            boolean exists, Instant createdAt, OfficialLanguage language, Set<Section> sections, String address) {

        static FeedStatus of(FeedAddress feed, Set<Section> sections, String address) {
            return new FeedStatus(true, feed.createdAt(), feed.language(), sections, address);
        }
    }
}
