/**
 * The Digital Volunteer Passport event contract.
 *
 * <p>Every event is a Java record implementing {@link kz.dvp.events.DvpEvent}, described by a JSON Schema
 * under {@code kz/dvp/events/schemas/}, listed in {@link kz.dvp.events.EventType} with its CloudEvents
 * type and topic, and documented in {@code docs/asyncapi.yaml}. Records travel as CloudEvents 1.0 in
 * Kafka binary mode: attributes in {@code ce_*} headers, the record as the JSON body
 * ({@link kz.dvp.events.EventCodec}).
 *
 * <p>No event carries personal data: no IIN, names, phone numbers or e-mail addresses. Volunteers
 * appear only as UUIDs with region, birth year and the choices other services act on.
 * Changes are additive; a breaking change is a new {@code .v2} type.
 */
package kz.dvp.events;
