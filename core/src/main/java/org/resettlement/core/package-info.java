/**
 * The vocabulary of migration and refugee-resettlement data.
 *
 * <h2>Records</h2>
 * {@link org.resettlement.core.Organisation}, {@link org.resettlement.core.Person},
 * {@link org.resettlement.core.Membership}, {@link org.resettlement.core.Event},
 * {@link org.resettlement.core.Project}, {@link org.resettlement.core.Campaign},
 * {@link org.resettlement.core.Pledge}, {@link org.resettlement.core.ResettlementQuota} and
 * {@link org.resettlement.core.Statistic}, gathered in a {@link org.resettlement.core.Dataset}.
 * Each record has a typed identifier and cites the {@link org.resettlement.core.Source}s its facts
 * come from.
 *
 * <h2>Shared values</h2>
 * {@link org.resettlement.core.LocalizedText}, {@link org.resettlement.core.CountryCode},
 * {@link org.resettlement.core.CountryGroup}, {@link org.resettlement.core.PartialDate},
 * {@link org.resettlement.core.DateRange}, {@link org.resettlement.core.Quantity},
 * {@link org.resettlement.core.MonetaryAmount}, {@link org.resettlement.core.Place} and
 * {@link org.resettlement.core.ContactPoint}.
 *
 * <h2>Building values</h2>
 * Composite types are built with {@code Type.builder()...build()} and copied with
 * {@code with*} methods; small values have factories such as {@code of} and {@code parse}, and
 * their {@code toString()} gives the text that {@code parse} reads back. Every value is immutable
 * and thread-safe; collections returned by accessors are unmodifiable and keep the order in which
 * they were given.
 *
 * <h2>Invariants</h2>
 * A value that can never be valid (a negative count, a range that ends before it starts, a
 * missing required field, a {@code null} argument) is refused when it is built, with an
 * {@link org.resettlement.core.InvalidValueException} naming the type and the field. Rules that
 * real data may break and that should be reported all at once (blank names, unknown references,
 * implausible dates) are not checked here; the {@code resettlement-validation} module checks them.
 *
 * <h2>Personal data</h2>
 * The names and contact details of a {@link org.resettlement.core.Person} are personal data. They
 * are left out of {@code toString()} and can be removed with
 * {@link org.resettlement.core.Person#withoutPersonalData()} and
 * {@link org.resettlement.core.Dataset#withoutPersonalData()}.
 */
@ResettlementStyle
package org.resettlement.core;
