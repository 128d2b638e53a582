package org.gsef.governance.platform.demo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.gsef.governance.kernel.common.OfficialLanguage;
import org.gsef.governance.kernel.identity.Actor;
import org.gsef.governance.kernel.identity.Role;

/**
 * The demo accounts: one per role, and one delegate per 2019 seat, all with one published password. They exist only in
 * demo mode ({@link DemoMode}); the security configuration knows nothing of them but that they are accounts.
 */
public final class DemoAccounts {

    /** The password of every demo account. It is printed at start-up and in the README: demo use only. */
    public static final String PASSWORD = "gsef-demo-2019";

    /** {@link #PASSWORD}, hashed with bcrypt. */
    public static final String PASSWORD_HASH = "{bcrypt}$2a$10$NICcAezZ88zHqbdw.zU6KuLYi8UEsE31cEBRT1ugh2WuRfE140wUm";

    /** The seats of the 2019 Steering Committee; each has a demo delegate account named after it. */
    public static final List<String> SEATS_2019 = List.of(
            "seoul-city",
            "seoul-sse-network",
            "mexico-city",
            "mexico-city-sse",
            "montreal-city",
            "chantier-economie-sociale",
            "bilbao-city",
            "bamako-city",
            "ripess",
            "ifsse",
            "avpn",
            "apay",
            "locality");

    /** The seat the demo's chair is appointed to; it has no delegate account of its own. */
    public static final String CHAIR_SEAT = "seoul-city";

    /**
     * The other seat held with the office of chair in 2019 (the program names two chairs, the City of Seoul and the
     * Seoul Social Economy Network): its delegate holds the chair's role too, so that a tie the first chair's seat cannot
     * break (recused, say) can still be broken by the other.
     */
    public static final String CO_PRESIDING_CHAIR_SEAT = "seoul-sse-network";

    /** The organisation the demo member representative speaks for: the Liverpool application of the demo data. */
    public static final String ORGANISATION = UUID.nameUUIDFromBytes(
                    "gsef-demo:liverpool".getBytes(StandardCharsets.UTF_8))
            .toString();

    /** The official language each demo account reads; any other reads English. */
    private static final Map<String, OfficialLanguage> LANGUAGES = Map.of(
            "mexico-city", OfficialLanguage.SPANISH,
            "mexico-city-sse", OfficialLanguage.SPANISH,
            "bilbao-city", OfficialLanguage.SPANISH,
            "montreal-city", OfficialLanguage.FRENCH,
            "chantier-economie-sociale", OfficialLanguage.FRENCH,
            "bamako-city", OfficialLanguage.FRENCH,
            "ripess", OfficialLanguage.FRENCH);

    private final List<Actor> actors;

    /** The demo account's e-mail address, at example.org (RFC 2606: it reaches no one). */
    public static String email(String userId) {
        return userId + "@example.org";
    }

    /** The official language the demo account reads its notifications in. */
    public static OfficialLanguage language(String userId) {
        return LANGUAGES.getOrDefault(userId, OfficialLanguage.ENGLISH);
    }

    DemoAccounts() {
        this.actors = actors();
    }

    /** Who the demo accounts are; each signs in with {@link #PASSWORD}. */
    public List<Actor> list() {
        return actors;
    }

    /**
     * The demo accounts: one per role, and one delegate per 2019 seat, named after the seat, but for the chair's seat,
     * whose delegate is the chair.
     */
    static List<Actor> actors() {
        List<Actor> demo = new ArrayList<>();
        demo.add(Actor.of("secretariat", Set.of(Role.SECRETARIAT)));
        demo.add(new Actor("chair", Set.of(Role.CHAIR, Role.DELEGATE), CHAIR_SEAT, null));
        demo.add(Actor.of("auditor", Set.of(Role.AUDITOR)));
        demo.add(Actor.of("operator", Set.of(Role.OPERATOR)));
        demo.add(new Actor("liverpool", Set.of(Role.MEMBER_REPRESENTATIVE), null, ORGANISATION));
        for (String seat : SEATS_2019) {
            if (seat.equals(CO_PRESIDING_CHAIR_SEAT)) {
                demo.add(new Actor(seat, Set.of(Role.CHAIR, Role.DELEGATE), seat, null));
            } else if (!seat.equals(CHAIR_SEAT)) {
                demo.add(new Actor(seat, Set.of(Role.DELEGATE), seat, null));
            }
        }
        return List.copyOf(demo);
    }
}
