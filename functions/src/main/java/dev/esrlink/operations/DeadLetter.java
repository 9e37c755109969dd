package dev.esrlink.operations;

/**
 * An event that failed for good, as kept in a dead-letter place: its id there, the function it was
 * meant for (empty when unknown), the event JSON as the function would receive it, and the last
 * error.
 */
public record DeadLetter(String id, String function, String payload, String error) {}
