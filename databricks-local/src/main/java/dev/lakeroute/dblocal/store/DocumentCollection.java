package dev.lakeroute.dblocal.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.http.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A persistent map of JSON documents by id: read from memory, written through to one file per document
 * (temp file + atomic move, so a crash never leaves a half-written document). Documents handed out are
 * copies, so callers cannot change stored state by accident. Files and their directory are the owner's only
 * ({@code rw-------}, {@code rwx------}): some hold token hashes and secret values.
 */
public final class DocumentCollection {
    private final Path directory;
    private final ConcurrentMap<String, ObjectNode> documents = new ConcurrentHashMap<>();

    DocumentCollection(Path directory) {
        this.directory = directory;
        try {
            OwnerOnly.directory(directory);
            try (Stream<Path> files = Files.list(directory)) {
                files.filter(file -> file.getFileName().toString().endsWith(".json")).forEach(this::load);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read state under " + directory, e);
        }
    }

    private void load(Path file) {
        try {
            JsonNode node = Json.MAPPER.readTree(file.toFile());
            String name = file.getFileName().toString();
            documents.put(FileNames.decode(name.substring(0, name.length() - ".json".length())), (ObjectNode) node);
        } catch (IOException | ClassCastException e) {
            throw new IllegalStateException("Corrupt state file " + file + ": " + e.getMessage(), e);
        }
    }

    public Optional<ObjectNode> get(String id) {
        ObjectNode document = documents.get(id);
        return document == null ? Optional.empty() : Optional.of(document.deepCopy());
    }

    public boolean contains(String id) {
        return documents.containsKey(id);
    }

    /** All documents, in insertion-independent but stable (id) order. */
    public List<ObjectNode> list() {
        List<String> ids = new ArrayList<>(documents.keySet());
        ids.sort(null);
        List<ObjectNode> result = new ArrayList<>(ids.size());
        for (String id : ids) {
            ObjectNode document = documents.get(id);
            if (document != null) {
                result.add(document.deepCopy());
            }
        }
        return result;
    }

    public int size() {
        return documents.size();
    }

    public void put(String id, ObjectNode document) {
        documents.compute(id, (key, previous) -> {
            ObjectNode stored = document.deepCopy();
            write(key, stored);
            return stored;
        });
    }

    /** Stores {@code document} only if no document has that id yet; returns whether it did. */
    public boolean putIfAbsent(String id, ObjectNode document) {
        boolean[] inserted = {false};
        documents.computeIfAbsent(id, key -> {
            ObjectNode stored = document.deepCopy();
            write(key, stored);
            inserted[0] = true;
            return stored;
        });
        return inserted[0];
    }

    /**
     * Atomically replaces a document with {@code change(copy)}; returns the new document, or empty when
     * the id is unknown. The change may throw to refuse the update; nothing is stored then.
     */
    public Optional<ObjectNode> update(String id, UnaryOperator<ObjectNode> change) {
        ObjectNode updated = documents.computeIfPresent(id, (key, current) -> {
            ObjectNode next = change.apply(current.deepCopy());
            write(key, next);
            return next;
        });
        return updated == null ? Optional.empty() : Optional.of(updated.deepCopy());
    }

    public boolean remove(String id) {
        boolean[] removed = {false};
        documents.computeIfPresent(id, (key, current) -> {
            try {
                Files.deleteIfExists(fileOf(key));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            removed[0] = true;
            return null;
        });
        return removed[0];
    }

    private Path fileOf(String id) {
        return directory.resolve(FileNames.encode(id) + ".json");
    }

    private void write(String id, ObjectNode document) {
        Path target = fileOf(id);
        Path temp = directory.resolve("." + target.getFileName() + ".tmp");
        try {
            Files.deleteIfExists(temp);
            OwnerOnly.newFile(temp);
            Files.write(temp, Json.MAPPER.writeValueAsString(document).getBytes(StandardCharsets.UTF_8));
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot persist " + target, e);
        }
    }
}
