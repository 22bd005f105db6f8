package kz.dvp.passport;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import kz.dvp.devstack.DevStackTestResource;

/** Real PostgreSQL and Kafka for every test of this module. */
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "passport"))
public abstract class WithDevStack {
}
