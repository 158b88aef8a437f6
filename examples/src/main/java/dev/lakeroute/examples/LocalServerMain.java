package dev.lakeroute.examples;

public final class LocalServerMain {
    public static void main(String[] args) {
    }
}
