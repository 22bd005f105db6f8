package kz.dvp.org;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import kz.dvp.devstack.DevStackTestResource;
import kz.dvp.platform.ServiceConventionsTest;

@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "org"))
class OrgConventionsTest extends ServiceConventionsTest {

    @Override
    protected String serviceName() {
        return "org-service";
    }
}
