package dev.lakeroute.camel.databricks.it.reliability;

/**
 * {@code fs/files/upload} of 20 MiB as one streamed PUT to a volume: every fault hits that PUT (the
 * fault's path is the file's own). The file must be absent or complete afterwards.
 */
final class FilesUploadCase extends OperationCase {

    private final FileContent content;

    FilesUploadCase(FileContent content) {
        this.content = content;
    }

    @Override
    String operation() {
        return "fs/files/upload 20 MiB";
    }

    static String file(String tag) {
        return Fixtures.VOLUME + "/reliability/" + tag + ".bin";
    }

    @Override
    Request request(Target target, String tag) {
        return Request.of("fs/files/upload?overwrite=true&param.file_path=" + file(tag), content.file());
    }

    @Override
    String probePath(Target target, String tag) {
        return "fs/files" + file(tag);
    }

    @Override
    String workPath(Target target, String tag) {
        return probePath(target, tag);
    }

    @Override
    Check verify(Target target, Run run) {
        return content.check(target.admin().digest("/api/2.0/fs/files" + file(run.tag())), run.outcome());
    }
}
