package org.resettlement.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of this library, applied to the package in {@code package-info.java}.
 *
 * <ul>
 *   <li>Generated {@code Immutable*} classes are package-private; users see only the abstract
 *       type, its nested {@code Builder} and its {@code with*} methods.
 *   <li>{@code jdkOnly}: no Guava; collections keep insertion order.
 *   <li>Missing fields and {@code null} arguments throw {@link InvalidValueException} itself,
 *       which names the type and the field, and no subclass: the class a user sees is the one
 *       the API documents ({@link GeneratedCodeFailures} reads the generated code's report).
 *   <li>{@code depluralize}: {@code addSource(s)} and {@code addAllSources(list)}.
 *   <li>No classpath annotations are copied into generated code, so the output does not depend
 *       on what else happens to be on the compiler's classpath.
 * </ul>
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    typeWith = "With*",
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {"person:people", "country:countries", "status:statuses"},
    throwForInvalidImmutableState = InvalidValueException.class,
    throwForNullPointer = InvalidValueException.class,
    jacksonIntegration = false,
    allowedClasspathAnnotations = {Override.class})
@interface ResettlementStyle {}
