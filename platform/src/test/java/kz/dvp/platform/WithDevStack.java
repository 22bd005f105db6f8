package kz.dvp.platform;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import kz.dvp.devstack.DevStackTestResource;

/** Real PostgreSQL and Kafka for every test of this module (test resources apply to the whole module). */
@QuarkusTestResource(value = DevStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "platform_test"))
public class WithDevStack {
}
