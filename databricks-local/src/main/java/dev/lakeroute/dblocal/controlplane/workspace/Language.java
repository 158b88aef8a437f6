package dev.lakeroute.dblocal.controlplane.workspace;

import java.util.Locale;
import java.util.Optional;

/** Notebook languages, with the comment syntax their SOURCE files use for the header and cell separators. */
public enum Language {
    SCALA("scala", "//"),
    PYTHON("py", "#"),
    SQL("sql", "--"),
    R("r", "#");

    private final String extension;
    private final String comment;

    Language(String extension, String comment) {
        this.extension = extension;
        this.comment = comment;
    }

    /** The file type Databricks reports on export ({@code py}, {@code scala}, {@code sql}, {@code r}). */
    public String extension() {
        return extension;
    }

    /** The first line of a SOURCE notebook, e.g. {@code # Databricks notebook source}. */
    public String header() {
        return comment + " Databricks notebook source";
    }

    /** The line between two cells, e.g. {@code // COMMAND ----------}. */
    public String separator() {
        return comment + " COMMAND ----------";
    }

    /** The prefix of a magic line ({@code # MAGIC %md}), used for cells in another language or markdown. */
    public String magicPrefix() {
        return comment + " MAGIC ";
    }

    public static Optional<Language> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The language a file name's extension stands for: {@code etl.py} → PYTHON. */
    public static Optional<Language> ofFileName(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (Language language : values()) {
            if (language.extension.equals(extension)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /**
     * The language whose notebook header {@code source} starts with; {@code #} is shared by Python and R,
     * so the file name decides between them (Python without a hint, as Databricks does).
     */
    public static Optional<Language> ofHeader(String source, String fileName) {
        String firstLine = source.lines().findFirst().orElse("").strip();
        for (Language language : values()) {
            if (firstLine.equals(language.header())) {
                if (language == PYTHON || language == R) {
                    return Optional.of(ofFileName(fileName).filter(hint -> hint == R).orElse(PYTHON));
                }
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
