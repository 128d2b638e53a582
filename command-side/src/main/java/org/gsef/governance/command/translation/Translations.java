package org.gsef.governance.command.translation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.gsef.governance.kernel.common.OfficialLanguage;
import org.gsef.governance.kernel.translation.TranslationCommand;
import org.gsef.governance.kernel.translation.TranslationCommand.RecordTranslations;
import org.gsef.governance.kernel.translation.TranslationEvent.TranslationsRecorded;

/** The French and Spanish of one record's texts; only what changes is recorded. */
@Aggregate
public class Translations {

    @AggregateIdentifier
    private String streamId;

    private final Map<String, Map<OfficialLanguage, String>> texts = new HashMap<>();

    protected Translations() {}

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecordTranslations command, Clock clock) {
        Map<String, Map<OfficialLanguage, String>> changed = new HashMap<>();
        command.fields()
                .forEach((field, byLanguage) -> byLanguage.forEach((language, text) -> {
                    String stripped = text.strip();
                    if (!Objects.equals(texts.getOrDefault(field, Map.of()).get(language), stripped)) {
                        changed.computeIfAbsent(field, f -> new HashMap<>()).put(language, stripped);
                    }
                }));
        if (!changed.isEmpty()) {
            apply(new TranslationsRecorded(command.subjectId(), changed, clock.instant()));
        }
    }

    @EventSourcingHandler
    void on(TranslationsRecorded event) {
        streamId = TranslationCommand.streamOf(event.subjectId());
        event.fields()
                .forEach((field, byLanguage) ->
                        texts.computeIfAbsent(field, f -> new HashMap<>()).putAll(byLanguage));
    }
}
