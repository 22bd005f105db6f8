package kz.dvp.passport;

import io.quarkus.test.junit.QuarkusTest;
import kz.dvp.platform.ServiceConventionsTest;

@QuarkusTest
class PassportConventionsTest extends ServiceConventionsTest {

    @Override
    protected String serviceName() {
        return "passport-service";
    }
}
