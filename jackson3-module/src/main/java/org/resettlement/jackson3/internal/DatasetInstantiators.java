package org.resettlement.jackson3.internal;

import org.resettlement.core.Dataset;
import org.resettlement.json.support.SchemaVersion;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;

/**
 * Starts a dataset that is read from {@link SchemaVersion#datasetBuilder()}, so that a document that
 * does not state its {@code schemaVersion} is of version {@value SchemaVersion#UNSTATED}, the
 * wire format's default, rather than of the version this library writes, the default of a dataset
 * built in Java.
 */
public final class DatasetInstantiators extends ValueInstantiators.Base {

  /** Creates the instantiators. */
  public DatasetInstantiators() {}

  @Override
  public ValueInstantiator modifyValueInstantiator(
      DeserializationConfig config, BeanDescription.Supplier description, ValueInstantiator defaultInstantiator) {
    return description.getBeanClass() == Dataset.Builder.class
        ? new UnstatedVersion(defaultInstantiator)
        : defaultInstantiator;
  }

  /** Creates the builder with the unstated version; everything else is the default's. */
  private static final class UnstatedVersion extends ValueInstantiator.Delegating {
    private static final long serialVersionUID = 1L;

    UnstatedVersion(ValueInstantiator delegate) {
      super(delegate);
    }

    @Override
    public ValueInstantiator createContextual(DeserializationContext context, BeanDescription.Supplier description) {
      ValueInstantiator contextual = delegate().createContextual(context, description);
      return contextual == delegate() ? this : new UnstatedVersion(contextual);
    }

    @Override
    public Object createUsingDefault(DeserializationContext context) {
      return SchemaVersion.datasetBuilder();
    }
  }
}
