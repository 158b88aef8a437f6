package dev.lakeroute.camel.databricks.it.reliability;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.SplittableRandom;

/** The 20 MiB upload of the file rows, generated once in a temp directory, with its SHA-256. */
record FileContent(File file, long size, String sha256) {

    static final long TWENTY_MIB = 20L * 1024 * 1024;

    static FileContent generate(Path dir) {
        Path path = dir.resolve("upload-20MiB.bin");
        try (OutputStream out = Files.newOutputStream(path)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            SplittableRandom random = new SplittableRandom(20);
            byte[] block = new byte[1024 * 1024];
            try (DigestOutputStream digesting = new DigestOutputStream(out, sha)) {
                for (long written = 0; written < TWENTY_MIB; written += block.length) {
                    for (int i = 0; i < block.length; i++) {
                        block[i] = (byte) random.nextInt(256);
                    }
                    digesting.write(block);
                }
            }
            return new FileContent(path.toFile(), TWENTY_MIB, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file check of both upload rows: absent, or complete with the right digest. */
    Check check(LocalAdmin.Digest found, Outcome outcome) {
        if (found == null) {
            return new Check(null, null, true, Check.truthful(outcome, false), "file absent");
        }
        boolean complete = found.size() == size && found.sha256().equals(sha256);
        String state = complete ? (outcome.ok() ? "file complete" : "file complete (written)") : "file of " + found.size() + " bytes, wrong content";
        return new Check(null, null, complete, Check.truthful(outcome, complete), state);
    }
}
