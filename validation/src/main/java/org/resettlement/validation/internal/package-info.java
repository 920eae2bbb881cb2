/**
 * The constraints behind {@link org.resettlement.validation.Rule}, their validators, their
 * mapping onto the core types, and the message bundle. Not API: exported to Hibernate Validator
 * only, which instantiates the validators and reads the constraint annotations.
 */
package org.resettlement.validation.internal;
