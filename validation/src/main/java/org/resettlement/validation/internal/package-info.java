/**
 * The constraint annotations behind {@link org.resettlement.validation.Rule} (nested in {@link
 * org.resettlement.validation.internal.Constraints}), their validators, and the message bundle.
 * Not API: exported to Hibernate Validator only, which instantiates the validators and reads the
 * constraint annotations.
 *
 * <p>Nothing here depends on {@code org.resettlement.validation}, so that the two packages have no
 * cycle: {@code Rule} names each rule's annotation, and the mapping of the rules onto the core
 * types, which needs {@code Rule}, lives in that package, package-private.
 */
package org.resettlement.validation.internal;
