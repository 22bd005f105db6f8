package kz.dvp.org;

import io.quarkus.test.junit.QuarkusTest;
import kz.dvp.platform.ServiceConventionsTest;

@QuarkusTest
class OrgConventionsTest extends ServiceConventionsTest {

    @Override
    protected String serviceName() {
        return "org-service";
    }
}
