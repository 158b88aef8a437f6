package dev.lakeroute.dblocal.sparkdriver;

/** One entry of {@code dbutils.fs.ls}, printed as Databricks prints it. */
public record FileInfo(String path, String name, long size, long modificationTime) {

    public boolean isDir() {
        return name.endsWith("/");
    }

    public boolean isFile() {
        return !isDir();
    }

    @Override
    public String toString() {
        return "FileInfo(" + path + ", " + name + ", " + size + ", " + modificationTime + ")";
    }
}
