package kz.dvp.events;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** No field of any event may be able to carry personal data: the topics are pseudonymous streams. */
class PersonalDataTest {

    /** Fragments of field names that would carry personal data on any topic. */
    private static final List<String> PERSONAL = List.of(
            "iin", "bin", "firstname", "lastname", "middlename", "fullname", "surname", "patronymic",
            "phone", "email", "mail", "contact", "address", "guardian", "passport_number", "passportnumber",
            "birthdate", "dateofbirth");
    /** Topics about people: not even an organization-style {@code name} field is allowed there. */
    private static final Set<String> PEOPLE_TOPICS =
            Set.of(Topics.IDENTITY_VOLUNTEERS, Topics.ACTIVITY_ACTIVITIES, Topics.PASSPORT_PASSPORTS);

    @ParameterizedTest
    @EnumSource(EventType.class)
    void noFieldCanCarryPersonalData(EventType type) {
        List<String> fields = fieldNames(type);

        for (String field : fields) {
            String normalized = field.toLowerCase(Locale.ROOT);
            // guardianConsent is a yes/no flag, not the guardian's data
            if (normalized.equals("guardianconsent")) {
                continue;
            }
            assertThat(PERSONAL).as("%s.%s", type.recordClass().getSimpleName(), field)
                    .noneMatch(normalized::contains);
            if (PEOPLE_TOPICS.contains(type.topic())) {
                assertThat(normalized).as("%s.%s", type.recordClass().getSimpleName(), field).doesNotContain("name");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void freeTextFieldsOnlyOnTheOrganizationTopic(EventType type) {
        // Free text could smuggle a person's data; only public organization and project names may be text.
        List<String> textFields = Arrays.stream(type.recordClass().getRecordComponents())
                .filter(c -> c.getType() == String.class)
                .map(RecordComponent::getName)
                .filter(n -> !Set.of("region", "programCode", "level").contains(n))
                .toList();

        if (!type.topic().equals(Topics.ORG_ORGANIZATIONS)) {
            assertThat(textFields).as(type.recordClass().getSimpleName()).isEmpty();
        }
    }

    private static List<String> fieldNames(EventType type) {
        return Arrays.stream(type.recordClass().getRecordComponents()).map(RecordComponent::getName).toList();
    }
}
