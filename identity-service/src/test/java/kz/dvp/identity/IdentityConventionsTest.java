package kz.dvp.identity;

import io.quarkus.test.junit.QuarkusTest;
import kz.dvp.platform.ServiceConventionsTest;

@QuarkusTest
class IdentityConventionsTest extends ServiceConventionsTest {

    @Override
    protected String serviceName() {
        return "identity-service";
    }
}
