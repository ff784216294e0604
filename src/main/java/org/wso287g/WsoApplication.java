package org.wso287g;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The 287(g) Warrant Service Officer program: participation path, candidate vetting, warrant service. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WsoApplication {

  public static void main(String[] args) {
    SpringApplication.run(WsoApplication.class, args);
  }
}
