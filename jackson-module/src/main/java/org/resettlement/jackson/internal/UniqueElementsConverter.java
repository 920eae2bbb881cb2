package org.resettlement.jackson.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.util.Converter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.resettlement.json.support.ValueType.Attribute;
import org.resettlement.json.support.Wording;

/**
 * Refuses a repeated element in a set-valued attribute, which the builder would otherwise drop
 * without a word: {@code ["PL", "PL"]} is not a set of countries.
 */
final class UniqueElementsConverter implements Converter<List<Object>, List<Object>> {
  private final Class<?> elementType;

  UniqueElementsConverter(Attribute attribute) {
    this.elementType = attribute.valueClass();
  }

  @Override
  public List<Object> convert(List<Object> elements) {
    Set<Object> seen = new HashSet<>();
    for (Object element : elements) {
      if (!seen.add(element)) {
        throw new RepeatedElementException(element);
      }
    }
    return elements;
  }

  @Override
  public JavaType getInputType(TypeFactory types) {
    return types.constructCollectionType(List.class, elementType);
  }

  @Override
  public JavaType getOutputType(TypeFactory types) {
    return getInputType(types);
  }

  /** Thrown for a repeated element; its message is the reason shown to the user. */
  static final class RepeatedElementException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    RepeatedElementException(Object element) {
      super(Wording.repeatedElement(element));
    }
  }
}
