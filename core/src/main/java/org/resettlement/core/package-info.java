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
 * <h2>Official statistics</h2>
 * A figure that a document quotes is a {@link org.resettlement.core.Statistic}, perhaps with "of
 * which" {@link org.resettlement.core.Breakdown}s. A publisher's table (Eurostat, UNHCR) is a list
 * of {@link org.resettlement.core.Observation}s, one per cell. Both name the population they count
 * with a {@link org.resettlement.core.DimensionKey}: a {@link org.resettlement.core.Category} for
 * each {@link org.resettlement.core.Dimension} the figure divides by ({@link
 * org.resettlement.core.Sex}, {@link org.resettlement.core.AgeBand}, {@link
 * org.resettlement.core.CountryCategory}, or a publisher's {@link
 * org.resettlement.core.CategoryCode} kept as written). An observation carries the publisher's
 * {@link org.resettlement.core.ObservationStatus}es and both may carry its {@link
 * org.resettlement.core.Rounding}.
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
 * <p>Accessors are named like record components, flags included ({@code name()}, {@code
 * online()}, {@code openEnded()}, {@code exact()}), never {@code getName()} or {@code isExact()}.
 * So a JSON library that meets a core type without the resettlement module finds no JavaBeans
 * property in it: Jackson 2 refuses to write the value instead of writing a derived flag such as
 * {@code {"exact":false}} and dropping the rest.
 *
 * <h2>Invariants</h2>
 * A value that can never be valid (a negative count, a range that ends before it starts, a
 * missing required field, a {@code null} part) is refused when it is built, with an
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
 * <h2 id="null-arguments">Null arguments</h2>
 * No value of the model is {@code null}: an absent part is an empty {@code Optional} or an empty
 * collection. A {@code null} argument is refused at once, in one of two ways, in this module and in
 * every other module of the library:
 *
 * <ul>
 *   <li>Where a value is <b>built</b> (a factory such as {@code of}, {@code parse} or {@code
 *       from*}, a builder's setter, a {@code with*} copy method, {@link
 *       org.resettlement.core.LocalizedText#and(String, String)}), {@code null} is invalid data,
 *       like a negative count: an {@link org.resettlement.core.InvalidValueException} names the
 *       type and the field, such as {@code "Pledge.status: must not be null"}, or {@code
 *       "Event.organisers: must not contain null"} for an element. A JSON reader reports it at the
 *       path of the value.
 *   <li>Everywhere else (a lookup such as {@link
 *       org.resettlement.core.Dataset#pledge(org.resettlement.core.PledgeId)}, a comparison such as
 *       {@link org.resettlement.core.Quantity#isCertainlyAbove(org.resettlement.core.Quantity)},
 *       arithmetic such as {@link org.resettlement.core.Quantity#sum(Iterable)}, a query such as
 *       {@link org.resettlement.core.Geography#covers(org.resettlement.core.CountryCode,
 *       java.time.LocalDate)}, and every method of the other modules), {@code null} is a
 *       programming error: a {@link NullPointerException} whose message is the parameter's name,
 *       as in {@code java.time}: {@code Objects.requireNonNull(id, "id")}.
 * </ul>
 *
 * <p>Each method's {@code @throws} says which applies, and a parameter that accepts {@code null}
 * says so, as {@code equals(Object)} does. The overloads that Immutables generates for a whole
 * collection, array or {@code Optional} ({@code addAllSources(Iterable)}, {@code
 * withSources(Source...)}, {@code launchDate(Optional)}) are the exception: they throw a {@code
 * NullPointerException} of their own, which names no field, as they unwrap the argument before any
 * check that a style can set; give an empty collection or {@code Optional.empty()} instead. Their
 * elements are checked as the rule above says.
 *
 * <h2>Personal data</h2>
 * The names and contact details of a {@link org.resettlement.core.Person} are personal data. They
 * are left out of {@code toString()} and can be removed with
 * {@link org.resettlement.core.Person#withoutPersonalData()} and
 * {@link org.resettlement.core.Dataset#withoutPersonalData()}.
 */
@ResettlementStyle
package org.resettlement.core;
