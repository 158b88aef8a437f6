/** Apache Camel component for the Databricks REST API. */
package dev.lakeroute.camel.databricks;
