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
 * <h2>How the types are written</h2>
 * Each kind of type has one style, chosen for what the kind needs:
 *
 * <ul>
 *   <li><b>Small values</b> with a text form or a closed table of codes ({@link
 *       org.resettlement.core.Quantity}, {@link org.resettlement.core.PartialDate}, {@link
 *       org.resettlement.core.CountryCode}, {@link org.resettlement.core.CountryGroup}, {@link
 *       org.resettlement.core.LocalizedText} and the identifiers) are hand-written final classes
 *       in the style of {@code java.time}: factories named for the domain ({@code atLeast},
 *       {@code ofYear}, {@code parse}), a {@code toString()} that {@code parse} reads back, an
 *       order where the domain has one, and a layout of a few fields. They have one to three
 *       parts and a reading of their own, which a builder would not add to; a dataset holds
 *       millions of them, so each field counts.
 *   <li><b>Composite values, records and computed views</b> ({@link
 *       org.resettlement.core.DateRange}, {@link org.resettlement.core.Place}, {@link
 *       org.resettlement.core.Event}, {@link org.resettlement.core.Dataset}, {@link
 *       org.resettlement.core.CampaignProgress}, {@link org.resettlement.core.QuotaTotal}, ...)
 *       are Immutables abstract classes with a nested {@code Builder} and {@code with*} methods,
 *       in the one {@code ResettlementStyle}. Their parts are set by name, optional parts are
 *       left out rather than passed as {@code Optional.empty()}, the invariants live in one
 *       {@code @Value.Check}, a part can be added in a later version without breaking a caller,
 *       and the JSON modules bind them all by one convention.
 *   <li><b>Closed vocabularies</b> ({@link org.resettlement.core.EventKind}, {@link
 *       org.resettlement.core.PledgeStatus}, ...) are enums.
 * </ul>
 *
 * <p>No public type is a Java record. A record's canonical constructor and its components are its
 * API: a component added later breaks every caller of the constructor, and optional components
 * make callers pass {@code Optional}s. The computed views {@code CampaignProgress} and {@code
 * QuotaTotal}, which {@link org.resettlement.core.Dataset} returns and which the wire format has,
 * are therefore built like the composite values.
 *
 * <h2>Invariants</h2>
 * A value that can never be valid (a negative count, a range that ends before it starts, a
 * missing required field, a {@code null} argument) is refused when it is built, with an
 * {@link org.resettlement.core.InvalidValueException} naming the type and the field. Rules that
 * real data may break and that should be reported all at once (blank names, unknown references,
 * implausible dates) are not checked here; the {@code resettlement-validation} module checks them.
 *
 * <p>Every text a value takes (a name, a title, an acronym, a contact point, an identifier, a URL)
 * must be Unicode text: a {@code String} holding an unpaired surrogate, half of a UTF-16 surrogate
 * pair such as <code>"&#92;uD800"</code>, stands for no character and is refused. Texts that are Unicode
 * but wrong where they stand are left to the validation module: control characters, characters
 * that override the direction of text, and names made only of invisible characters.
 *
 * <h2>Personal data</h2>
 * The names and contact details of a {@link org.resettlement.core.Person} are personal data. They
 * are left out of {@code toString()} and can be removed with
 * {@link org.resettlement.core.Person#withoutPersonalData()} and
 * {@link org.resettlement.core.Dataset#withoutPersonalData()}.
 */
@ResettlementStyle
package org.resettlement.core;
