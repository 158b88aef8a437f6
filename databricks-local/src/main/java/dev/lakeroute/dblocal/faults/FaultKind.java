package dev.lakeroute.dblocal.faults;

/** What an injected fault does to a matching call. */
public enum FaultKind {
    /** 429 with {@code Retry-After}, before the call is handled. */
    RATE_LIMIT,
    /** 500, before the call is handled. */
    INTERNAL_ERROR,
    /** 503, before the call is handled. */
    UNAVAILABLE,
    /** The call is handled normally after a delay. */
    DELAY,
    /** The connection is closed before the call is handled. */
    DROP,
    /** The call is handled, then the connection is closed instead of answering: the client cannot know it succeeded. */
    DROP_AFTER_RESPONSE
}
