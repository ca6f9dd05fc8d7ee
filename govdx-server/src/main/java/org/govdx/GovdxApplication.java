package org.govdx;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** GovDX: the government data sharing and exchange platform. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GovdxApplication {

    public static void main(String[] args) {
        SpringApplication.run(GovdxApplication.class, args);
    }
}
