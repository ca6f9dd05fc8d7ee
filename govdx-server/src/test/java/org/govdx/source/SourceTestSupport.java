package org.govdx.source;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.govdx.common.LedgerFact;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

/** Helpers of the source tests: the real local databases and a recorder of ledger facts. */
final class SourceTestSupport {

    static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    static final String MARIA_URL = "jdbc:mariadb://127.0.0.1:3306/test";

    private SourceTestSupport() {
    }

    /** Records the ledger facts the running application publishes, on any thread. */
    static final class Facts implements ApplicationListener<PayloadApplicationEvent<?>> {

        private final List<LedgerFact> facts = new CopyOnWriteArrayList<>();

        static Facts attach(ApplicationContext context) {
            Facts facts = new Facts();
            ((ConfigurableApplicationContext) context).addApplicationListener(facts);
            return facts;
        }

        @Override
        public void onApplicationEvent(PayloadApplicationEvent<?> event) {
            if (event.getPayload() instanceof LedgerFact fact) {
                facts.add(fact);
            }
        }

        List<LedgerFact> of(String type) {
            return facts.stream().filter(f -> f.type().equals(type)).toList();
        }
    }
}
