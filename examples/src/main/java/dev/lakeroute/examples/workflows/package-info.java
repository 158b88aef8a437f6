/**
 * The workflows of {@code routes/*.yaml} in Java DSL: same route ids, same properties, same behaviour.
 * Each class is one workflow; add it to a camel-main application or a CamelContext.
 */
package dev.lakeroute.examples.workflows;
