package org.resettlement.compat.boot3;

import com.fasterxml.jackson.databind.Module;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.resettlement.jackson.ResettlementModule;
import org.resettlement.validation.ResettlementValidation;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot 3 application configured as the README's Spring section says: the Jackson 2 module
 * as a bean, which Spring Boot 3 adds to its {@code ObjectMapper}, and the rules added to the
 * auto-configured validator.
 */
// tag::boot3-configuration[]
@SpringBootConfiguration
@EnableAutoConfiguration
class Boot3Application {

  @Bean
  Module resettlementModule() {
    return new ResettlementModule();
  }

  @Bean
  ValidationConfigurationCustomizer resettlementRules() {
    return configuration -> ResettlementValidation.configure((HibernateValidatorConfiguration) configuration);
  }
}
// end::boot3-configuration[]
