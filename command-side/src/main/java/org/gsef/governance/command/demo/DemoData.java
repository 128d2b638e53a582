package org.gsef.governance.command.demo;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.gsef.governance.kernel.common.CountryCode;
import org.gsef.governance.kernel.common.OfficialLanguage;
import org.gsef.governance.kernel.common.Region;
import org.gsef.governance.kernel.identity.Actor;
import org.gsef.governance.kernel.identity.Role;
import org.gsef.governance.kernel.membership.CastAdmissionVote;
import org.gsef.governance.kernel.membership.DecideAdmission;
import org.gsef.governance.kernel.membership.OrganisationKind;
import org.gsef.governance.kernel.membership.SeatId;
import org.gsef.governance.kernel.membership.SubmitMembershipApplication;
import org.gsef.governance.kernel.membership.VoteChoice;
import org.gsef.governance.platform.identity.ActorMetaData;
import org.gsef.governance.platform.security.BuiltInAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A living 2019 for a newcomer: applications from cities on the 2019 calendar, voted on by the thirteen seats of the
 * 2019 Steering Committee. Loaded through the same commands and the same authorisation as real work, each sent by the
 * person who would send it (the Secretariat submits, each seat's delegate votes, the chair decides), and only once:
 * the deterministic identifiers make a second start find the first application and skip the rest.
 */
@Component
@ConditionalOnProperty(name = "gsef.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private static final Actor SECRETARIAT = Actor.of("secretariat", Set.of(Role.SECRETARIAT));
    private static final Actor CHAIR = new Actor("chair", Set.of(Role.CHAIR, Role.DELEGATE), "seoul-city", null);

    private final CommandGateway commands;
    private final EventStore eventStore;
    private final Map<UUID, Integer> votesSoFar = new HashMap<>();

    DemoData(CommandGateway commands, EventStore eventStore) {
        this.commands = commands;
        this.eventStore = eventStore;
    }

    static UUID demoId(String name) {
        return UUID.nameUUIDFromBytes(("gsef-demo:" + name).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void run(ApplicationArguments args) {
        UUID liverpool = demoId("liverpool");
        if (eventStore.lastSequenceNumberFor(liverpool.toString()).isPresent()) {
            log.info("Demo data already loaded");
            return;
        }
        submit(
                liverpool,
                "Liverpool City Region",
                OrganisationKind.LOCAL_GOVERNMENT,
                "GB",
                Region.EUROPE,
                "Liverpool",
                OfficialLanguage.ENGLISH);
        vote(liverpool, VoteChoice.YES, 9);
        vote(liverpool, VoteChoice.NO, 1);
        vote(liverpool, VoteChoice.ABSTAIN, 1);
        send(CHAIR, new DecideAdmission(liverpool));

        UUID dakar = demoId("dakar");
        submit(
                dakar,
                "Ville de Dakar",
                OrganisationKind.LOCAL_GOVERNMENT,
                "SN",
                Region.AFRICA,
                "Dakar",
                OfficialLanguage.FRENCH);
        vote(dakar, VoteChoice.YES, 4);
        vote(dakar, VoteChoice.ABSTAIN, 1);

        submit(
                demoId("cordoba"),
                "Red de Economía Social y Solidaria de Córdoba",
                OrganisationKind.LOCAL_SSE_NETWORK,
                "AR",
                Region.LATIN_AMERICA_AND_CARIBBEAN,
                "Córdoba",
                OfficialLanguage.SPANISH);
        submit(
                demoId("kampala"),
                "Kampala Capital City Authority",
                OrganisationKind.LOCAL_GOVERNMENT,
                "UG",
                Region.AFRICA,
                "Kampala",
                OfficialLanguage.ENGLISH);
        log.info("Demo data loaded: four membership applications, one decided, one being voted on");
    }

    private void submit(
            UUID id,
            String name,
            OrganisationKind kind,
            String country,
            Region region,
            String city,
            OfficialLanguage language) {
        send(
                SECRETARIAT,
                new SubmitMembershipApplication(id, name, kind, new CountryCode(country), region, city, language));
    }

    /** Lets the next {@code count} seats that have not voted yet on this application vote {@code choice}. */
    private void vote(UUID application, VoteChoice choice, int count) {
        int voted = votesSoFar.merge(application, count, Integer::sum) - count;
        for (String seat : BuiltInAccounts.SEATS_2019.subList(voted, voted + count)) {
            Actor delegate = new Actor(seat, Set.of(Role.DELEGATE), seat, null);
            send(delegate, new CastAdmissionVote(application, new SeatId(seat), choice));
        }
    }

    private void send(Actor actor, Object command) {
        commands.sendAndWait(command, ActorMetaData.of(actor));
    }
}
