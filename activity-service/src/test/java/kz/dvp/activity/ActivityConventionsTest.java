package kz.dvp.activity;

import io.quarkus.test.junit.QuarkusTest;
import kz.dvp.platform.ServiceConventionsTest;

@QuarkusTest
class ActivityConventionsTest extends ServiceConventionsTest {

    @Override
    protected String serviceName() {
        return "activity-service";
    }
}
