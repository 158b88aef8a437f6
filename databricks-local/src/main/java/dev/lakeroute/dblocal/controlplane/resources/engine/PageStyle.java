package dev.lakeroute.dblocal.controlplane.resources.engine;


/** The pagination conventions Databricks APIs use. */
public enum PageStyle {
    /** Everything in one answer (instance pools, cluster policies, IP access lists). */
    NONE,
    /** {@code page_token} in, {@code next_page_token} out, page size from {@code page_size} or {@code max_results}. */
    TOKEN,
    /** {@code offset}/{@code limit} in, {@code has_more} out (the 2.0 list verbs). */
    OFFSET,
    /** SCIM 2.0: 1-based {@code startIndex} and {@code count} in; {@code totalResults}, {@code itemsPerPage}, {@code startIndex}, {@code Resources} out. */
    SCIM
}
