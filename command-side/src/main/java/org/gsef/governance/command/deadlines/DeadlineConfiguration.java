package org.gsef.governance.command.deadlines;

import com.github.kagkarlsson.scheduler.Scheduler;
import java.time.Duration;
import javax.sql.DataSource;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManagerSupplier;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/**
 * Deadlines that survive a restart: Axon's deadline manager on db-scheduler, its tasks in the database. Axon's default
 * keeps deadlines in memory, so a ballot would never close by itself after a restart. The scheduler starts once the
 * application is ready, so a deadline that fell due while the system was down is carried out as soon as it can be.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class DeadlineConfiguration {

    @Bean
    public DbSchedulerDeadlineManagerSupplier deadlineManagerSupplier() {
        return new DbSchedulerDeadlineManagerSupplier();
    }

    @Bean(destroyMethod = "stop")
    public Scheduler deadlineScheduler(
            DataSource dataSource,
            DbSchedulerDeadlineManagerSupplier supplier,
            @Value("${gsef.deadlines.polling-interval:1s}") Duration pollingInterval) {
        return Scheduler.create(dataSource, DbSchedulerDeadlineManager.binaryTask(supplier))
                .tableName("scheduled_tasks")
                .threads(2)
                .pollingInterval(pollingInterval)
                .build();
    }

    @Bean
    public DeadlineManager deadlineManager(
            Scheduler scheduler,
            DbSchedulerDeadlineManagerSupplier supplier,
            Configuration configuration,
            Serializer serializer,
            TransactionManager transactionManager) {
        DbSchedulerDeadlineManager manager = DbSchedulerDeadlineManager.builder()
                .scheduler(scheduler)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(configuration))
                .serializer(serializer)
                .transactionManager(transactionManager)
                .startScheduler(false)
                .stopScheduler(false)
                .build();
        supplier.set(manager);
        return manager;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start(ApplicationReadyEvent ready) {
        ready.getApplicationContext().getBean(Scheduler.class).start();
    }
}
