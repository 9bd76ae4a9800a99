package org.variatlas.app.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** True when neither {@code spring.datasource.url} nor {@code VARIATLAS_DB_URL} is set. */
class NoExternalDatabaseCondition implements Condition {

  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    return !external(context.getEnvironment());
  }

  /** Whether an external database is configured. */
  static boolean external(Environment environment) {
    return StringUtils.hasText(environment.getProperty("spring.datasource.url"));
  }
}
