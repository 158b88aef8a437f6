package dev.lakeroute.dblocal.controlplane.resources.engine;


/** What an endpoint of a resource family does with its store. */
public enum Operation {
    CREATE, GET, LIST, UPDATE, DELETE
}
