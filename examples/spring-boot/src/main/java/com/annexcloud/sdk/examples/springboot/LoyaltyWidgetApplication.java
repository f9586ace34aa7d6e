package com.annexcloud.sdk.examples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot service serving the Gorgias loyalty widget: the starter builds both clients, the bridge
 * and the endpoint from {@code application.properties}, and registers {@code /gorgias/loyalty} with its
 * {@code /award} and {@code /redeem} actions. Nothing else is needed.
 */
@SpringBootApplication
public class LoyaltyWidgetApplication {

    /** Starts the service. */
    public static void main(String[] args) {
        SpringApplication.run(LoyaltyWidgetApplication.class, args);
    }
}
