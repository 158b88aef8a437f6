package dev.lakeroute.camel.databricks.consumer;

import dev.lakeroute.camel.databricks.DatabricksConstants;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.lakeroute.camel.databricks.error.DatabricksNotFoundException;

/**
 * {@code databricks:dbfs/list} and {@code databricks:fs/directories} (fs/directories/list): the files of
 * one directory that are new or changed, keyed by path, size and modification time, oldest first.
 * Sub-directories are not entered. A directory that does not exist (yet) has no files: that is logged
 * once at WARN when it is found missing, and at INFO when it appears, not at every poll.
 */
final class FileSensor implements Sensor {

    private static final Logger LOG = LoggerFactory.getLogger(FileSensor.class);

    /** How one listing API names things. */
    enum Listing {
        DBFS("dbfs/list", "path", "files", "is_dir", "modification_time"),
        FILES("fs/directories/list", "directory_path", "contents", "is_directory", "last_modified");

        final String operation;
        final String pathField;
        final String itemsField;
        final String directoryField;
        final String modifiedField;

        Listing(String operation, String pathField, String itemsField, String directoryField, String modifiedField) {
            this.operation = operation;
            this.pathField = pathField;
            this.itemsField = itemsField;
            this.directoryField = directoryField;
            this.modifiedField = modifiedField;
        }
    }

    private final SensorCalls calls;
    private final Listing listing;
    private final String directory;
    private final TimeFloor floor;
    /** Whether the last poll found the directory missing; polls run one at a time, on the consumer's thread. */
    private boolean missing;

    FileSensor(SensorCalls calls, Listing listing, String directory, TimeFloor floor) {
        this.calls = calls;
        this.listing = listing;
        this.directory = directory;
        this.floor = floor;
    }

    static String key(String operation, String path, long size, long modified) {
        return operation + ":" + path + ":" + size + ":" + modified;
    }

    @Override
    public List<SensorItem> poll(Predicate<String> known) throws Exception {
        List<SensorItem> found = new ArrayList<>();
        String pageToken = null;
        do {
            ObjectNode fields = calls.fields();
            fields.put(listing.pathField, directory);
            if (pageToken != null) {
                fields.put("page_token", pageToken);
            }
            JsonNode page;
            try {
                page = calls.call(listing.operation, fields);
            } catch (DatabricksNotFoundException notFound) {
                if (!missing) {
                    missing = true;
                    LOG.warn("databricks:{} {} does not exist: no files to emit; polling on until it appears",
                            listing.operation, directory);
                }
                return List.of();
            }
            if (missing) {
                missing = false;
                LOG.info("databricks:{} {} exists now", listing.operation, directory);
            }
            for (JsonNode file : page.path(listing.itemsField)) {
                if (file.path(listing.directoryField).asBoolean(false)) {
                    continue;
                }
                String path = file.path("path").asText();
                long size = file.path("file_size").asLong(0);
                long modified = file.path(listing.modifiedField).asLong(0);
                String key = key(listing.operation, path, size, modified);
                if (!known.test(key) && floor.admits(modified)) {
                    found.add(SensorItem.emit(key, modified, calls.java(file), headers(path, size, modified)));
                }
            }
            pageToken = page.path("next_page_token").asText("");
        } while (!pageToken.isEmpty());
        found.sort(Comparator.comparingLong(SensorItem::time).thenComparing(SensorItem::key));
        return found;
    }

    private static Map<String, Object> headers(String path, long size, long modified) {
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put(DatabricksConstants.FILE_PATH, path);
        headers.put(DatabricksConstants.FILE_SIZE, size);
        headers.put(DatabricksConstants.FILE_MODIFICATION_TIME, modified);
        // So that a file: or databricks:dbfs/read step after the sensor names its output after the source.
        headers.put(Exchange.FILE_NAME, path.substring(path.lastIndexOf('/') + 1));
        return headers;
    }
}
