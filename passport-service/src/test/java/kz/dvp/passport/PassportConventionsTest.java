package kz.dvp.passport;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import kz.dvp.devstack.DevStackTestResource;
import kz.dvp.platform.ServiceConventionsTest;

@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "passport"))
class PassportConventionsTest extends ServiceConventionsTest {

    @Override
    protected String serviceName() {
        return "passport-service";
    }
}
