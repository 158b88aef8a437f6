package dev.lakeroute.dblocal.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.http.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A persistent map of JSON documents by id: read from memory, written through to one file per document
 * (temp file + atomic move, so a crash never leaves a half-written document). Documents handed out are
 * copies, so callers cannot change stored state by accident. Files and their directory are the owner's only
 * ({@code rw-------}, {@code rwx------}): some hold token hashes and secret values.
 *
 * <p>Reads never wait. Changes to one document are serialised by a lock of that document alone, held
 * while its file is written, so an older version can never overwrite a newer one while changes to other
 * documents write their files in parallel. {@link #put}, {@link #update} and {@link #remove} return once
 * the change is on disk, and it becomes visible only then; a change that leaves the document as it was
 * writes nothing. {@link #updateDeferred} is for transient states a restart would discard anyway: visible
 * at once, written by the next {@link #update} or {@link #flush} of that document.
 */
public final class DocumentCollection {
    /** A document as stored in memory, and whether that version is the one on disk. */
    private record Version(ObjectNode document, boolean written) {
    }

    /** The lock of one document id, kept only while someone changes it. */
    private static final class WriteLock {
        int holders;
    }

    private final Path directory;
    private final ConcurrentMap<String, Version> documents = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, WriteLock> writeLocks = new ConcurrentHashMap<>();
    /** Counts every change of a document: a reader may keep what it derived from them while it stays the same. */
    private final AtomicLong changes = new AtomicLong();

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
            documents.put(FileNames.decode(name.substring(0, name.length() - ".json".length())), new Version((ObjectNode) node, true));
        } catch (IOException | ClassCastException e) {
            throw new IllegalStateException("Corrupt state file " + file + ": " + e.getMessage(), e);
        }
    }

    public Optional<ObjectNode> get(String id) {
        Version version = documents.get(id);
        return version == null ? Optional.empty() : Optional.of(version.document().deepCopy());
    }

    /**
     * Answers {@code reader} applied to the stored document itself, without copying it: for lookups that
     * need a field or two. The reader must neither change the document nor keep it.
     */
    public <T> Optional<T> read(String id, Function<? super JsonNode, ? extends T> reader) {
        Version version = documents.get(id);
        return version == null ? Optional.empty() : Optional.ofNullable(reader.apply(version.document()));
    }

    public boolean contains(String id) {
        return documents.containsKey(id);
    }

    /** All documents, in insertion-independent but stable (id) order. Copies every document: O(size). */
    public List<ObjectNode> list() {
        List<String> ids = new ArrayList<>(documents.keySet());
        ids.sort(null);
        List<ObjectNode> result = new ArrayList<>(ids.size());
        for (String id : ids) {
            Version version = documents.get(id);
            if (version != null) {
                result.add(version.document().deepCopy());
            }
        }
        return result;
    }

    /**
     * Visits every stored document without copying it, in no particular order: for filters that then
     * {@link #get} the few they keep. The visitor must neither change a document nor keep it.
     */
    public void scan(BiConsumer<String, ? super JsonNode> visitor) {
        documents.forEach((id, version) -> visitor.accept(id, version.document()));
    }

    public int size() {
        return documents.size();
    }

    /**
     * Grows with every document stored, changed or removed (after the change is visible): what a reader derived
     * from a {@link #scan} that began at the same count is still current.
     */
    public long changes() {
        return changes.get();
    }

    public void put(String id, ObjectNode document) {
        ObjectNode stored = document.deepCopy();
        exclusively(id, () -> {
            write(id, stored);
            documents.put(id, new Version(stored, true));
            changes.incrementAndGet();
            return null;
        });
    }

    /** Stores {@code document} only if no document has that id yet; returns whether it did. */
    public boolean putIfAbsent(String id, ObjectNode document) {
        return exclusively(id, () -> {
            if (documents.containsKey(id)) {
                return false;
            }
            ObjectNode stored = document.deepCopy();
            write(id, stored);
            documents.put(id, new Version(stored, true));
            changes.incrementAndGet();
            return true;
        });
    }

    /**
     * Atomically replaces a document with {@code change(copy)}; returns the new document, or empty when
     * the id is unknown. The change may throw to refuse the update; nothing is stored then. It runs under
     * the document's lock: it must not change other documents of this collection.
     */
    public Optional<ObjectNode> update(String id, UnaryOperator<ObjectNode> change) {
        return change(id, change, true).map(ObjectNode::deepCopy);
    }

    /**
     * Like {@link #update}, but does not write the file: the change is visible at once and reaches the disk
     * with the next {@link #update} or {@link #flush} of this document, or never if the server stops first.
     * For states that are about to be superseded (a run's task started and about to end), so that a burst
     * of them costs one write instead of one each. Answers whether the document exists (nothing is copied).
     */
    public boolean updateDeferred(String id, UnaryOperator<ObjectNode> change) {
        return change(id, change, false).isPresent();
    }

    /** Writes the document's deferred changes, if it has any; returns once they are on disk. */
    public void flush(String id) {
        exclusively(id, () -> {
            Version current = documents.get(id);
            if (current != null && !current.written()) {
                write(id, current.document());
                documents.put(id, new Version(current.document(), true));
            }
            return null;
        });
    }

    private Optional<ObjectNode> change(String id, UnaryOperator<ObjectNode> change, boolean writeThrough) {
        return exclusively(id, () -> {
            Version current = documents.get(id);
            if (current == null) {
                return Optional.empty();
            }
            ObjectNode next = change.apply(current.document().deepCopy());
            boolean same = next.equals(current.document());
            if (writeThrough && !(same && current.written())) {
                write(id, next);
                documents.put(id, new Version(next, true));
                changes.incrementAndGet();
            } else if (!same) {
                documents.put(id, new Version(next, false));
                changes.incrementAndGet();
            }
            return Optional.of(next);
        });
    }

    public boolean remove(String id) {
        return exclusively(id, () -> {
            if (!documents.containsKey(id)) {
                return false;
            }
            try {
                Files.deleteIfExists(fileOf(id));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot delete " + fileOf(id), e);
            }
            documents.remove(id);
            changes.incrementAndGet();
            return true;
        });
    }

    /** Runs {@code work} holding the lock of document {@code id}; no other id shares it. */
    private <T> T exclusively(String id, Supplier<T> work) {
        WriteLock lock = writeLocks.compute(id, (key, current) -> {
            WriteLock held = current == null ? new WriteLock() : current;
            held.holders++;
            return held;
        });
        try {
            synchronized (lock) {
                return work.get();
            }
        } finally {
            writeLocks.computeIfPresent(id, (key, current) -> --current.holders == 0 ? null : current);
        }
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
            Files.write(temp, Json.MAPPER.writeValueAsBytes(document));
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
