package org.resettlement.examples.spring;

import org.hibernate.validator.HibernateValidatorConfiguration;
import org.resettlement.jackson3.ResettlementJson;
import org.resettlement.validation.ResettlementValidation;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.validation.Validator;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The library in Spring Boot 4: the wire format's strict mapper in place of Spring Boot's, the
 * rules in Spring Boot's validator, and {@code @Valid} refusing a document for its errors only.
 * The messages come from the application's {@code MessageSource} ({@code application.properties}).
 */
// tag::spring-configuration[]
@Configuration(proxyBeanMethods = false)
class ResettlementConfiguration {

  @Bean // Spring MVC reads and writes JSON with it, and Spring Boot's own mapper backs off
  JsonMapper jsonMapper() {
    return ResettlementJson.newMapper().rebuild()                     // strict, module registered
        .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class) // as Spring's own mapper has
        .build();
  }

  @Bean // adds the rules to the validator that Spring Boot configures and @Valid uses
  ValidationConfigurationCustomizer resettlementRules() {
    return configuration -> ResettlementValidation.configure((HibernateValidatorConfiguration) configuration);
  }

  @Bean // @Valid refuses errors; warnings, such as a person without a name, do not refuse a document
  WebMvcConfigurer errorsRefuse(LocalValidatorFactoryBean validator) {
    return new WebMvcConfigurer() {
      @Override
      public Validator getValidator() {
        return new ErrorsOnlyValidator(validator);
      }
    };
  }
}
// end::spring-configuration[]
