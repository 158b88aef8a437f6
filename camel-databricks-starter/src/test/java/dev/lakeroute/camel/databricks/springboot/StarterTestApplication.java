package dev.lakeroute.camel.databricks.springboot;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** An application as a user writes one: routes to the databricks component, configured only by properties. */
@SpringBootApplication
public class StarterTestApplication {

    @Bean
    RouteBuilder jobRoutes() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:createJob").routeId("createJob").to("databricks:jobs/create");
                from("direct:getJob").routeId("getJob").to("databricks:jobs/get");
            }
        };
    }
}
