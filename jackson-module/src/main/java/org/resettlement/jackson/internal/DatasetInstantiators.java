package org.resettlement.jackson.internal;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.ValueInstantiators;
import java.io.IOException;
import org.resettlement.core.Dataset;
import org.resettlement.json.support.SchemaVersion;

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
  public ValueInstantiator findValueInstantiator(
      DeserializationConfig config, BeanDescription description, ValueInstantiator defaultInstantiator) {
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
    public ValueInstantiator createContextual(DeserializationContext context, BeanDescription description)
        throws JsonMappingException {
      ValueInstantiator contextual = delegate().createContextual(context, description);
      return contextual == delegate() ? this : new UnstatedVersion(contextual);
    }

    @Override
    public Object createUsingDefault(DeserializationContext context) throws IOException {
      return SchemaVersion.datasetBuilder();
    }
  }
}
