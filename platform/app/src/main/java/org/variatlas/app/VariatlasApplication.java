package org.variatlas.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts the Variatlas core shell. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class VariatlasApplication {

  public static void main(String[] args) {
    SpringApplication.run(VariatlasApplication.class, args);
  }
}
