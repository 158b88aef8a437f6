package dev.lakeroute.camel.databricks.it.reliability;

import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code dbfs/put} of 20 MiB (create, 20 × add-block, close): in-flight faults hit the blocks, "dropped
 * after response" the close. The file must be absent or complete afterwards.
 */
final class DbfsPutCase extends OperationCase {

    private final FileContent content;

    DbfsPutCase(FileContent content) {
        this.content = content;
    }

    @Override
    String operation() {
        return "dbfs/put 20 MiB";
    }

    static String path(String tag) {
        return "/tmp/reliability/" + tag + ".bin";
    }

    @Override
    Request request(Target target, String tag) {
        return Request.of("dbfs/put?overwrite=true&path=" + path(tag), content.file());
    }

    @Override
    String probePath(Target target, String tag) {
        return "dbfs/add-block";
    }

    @Override
    String workPath(Target target, String tag) {
        return "dbfs/close";
    }

    @Override
    String startedPath(Target target, String tag) {
        return "dbfs/add-block";
    }

    @Override
    Check verify(Target target, Run run) {
        return content.check(read(target.admin(), path(run.tag())), run.outcome());
    }

    /** The file as DBFS serves it, 1 MiB at a time; null when it does not exist. */
    static LocalAdmin.Digest read(LocalAdmin admin, String path) {
        JsonNode status;
        try {
            status = admin.get("/api/2.0/dbfs/get-status?path=" + LocalAdmin.query(path));
        } catch (LocalAdmin.ServerAnswer e) {
            if (e.status() == 404) {
                return null;
            }
            throw e;
        }
        long size = status.path("file_size").asLong();
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (long offset = 0; offset < size; ) {
                JsonNode chunk = admin.get("/api/2.0/dbfs/read?path=" + LocalAdmin.query(path) + "&offset=" + offset + "&length=1048576");
                byte[] bytes = Base64.getDecoder().decode(chunk.path("data").asText());
                if (bytes.length == 0) {
                    break;
                }
                sha.update(bytes);
                offset += bytes.length;
            }
            return new LocalAdmin.Digest(size, HexFormat.of().formatHex(sha.digest()));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
