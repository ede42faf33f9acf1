package dev.rapport.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file system without forks leaves exactly the permissions Hadoop's own raw local file system leaves. */
class NoForkLocalFileSystemTest {

  @TempDir
  java.nio.file.Path dir;

  private static FileSystem open(FileSystem fs) throws IOException {
    fs.initialize(URI.create("file:///"), new Configuration(false));
    return fs;
  }

  private static String mode(java.nio.file.Path p) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }

  @Test
  void setPermissionLeavesWhatHadoopLeaves() throws IOException {
    FileSystem ours = open(new NoForkLocalFileSystem());
    FileSystem hadoop = open(new RawLocalFileSystem());
    for (short octal : new short[] {0644, 0600, 0640, 0755, 0700, 0777, 0000, 0421, 0135}) {
      java.nio.file.Path a = Files.writeString(dir.resolve("ours-" + octal), "x");
      java.nio.file.Path b = Files.writeString(dir.resolve("hadoop-" + octal), "x");
      ours.setPermission(new Path(a.toUri()), new FsPermission(octal));
      hadoop.setPermission(new Path(b.toUri()), new FsPermission(octal));
      assertEquals(mode(b), mode(a), "mode " + Integer.toOctalString(octal));
      assertEquals(new FsPermission(octal).toString(), mode(a));
    }
  }

  @Test
  void createAndMkdirsApplyTheUmaskAsHadoopDoes() throws IOException {
    FileSystem ours = open(new NoForkLocalFileSystem());
    FileSystem hadoop = open(new RawLocalFileSystem());
    for (String who : new String[] {"ours", "hadoop"}) {
      FileSystem fs = who.equals("ours") ? ours : hadoop;
      Path folder = new Path(dir.resolve(who).toUri());
      assertTrue(fs.mkdirs(new Path(folder, "a/b"), new FsPermission((short) 0750)));
      try (FSDataOutputStream out = fs.create(new Path(folder, "a/b/part-0"), new FsPermission((short) 0664), true,
          4096, (short) 1, 1 << 20, null)) {
        out.write("part".getBytes(StandardCharsets.UTF_8));
      }
    }
    for (String rel : new String[] {"a", "a/b", "a/b/part-0"}) {
      assertEquals(mode(dir.resolve("hadoop").resolve(rel)), mode(dir.resolve("ours").resolve(rel)), rel);
    }
  }

  @Test
  void theStickyBitGoesThroughHadoop() throws IOException {
    FileSystem ours = open(new NoForkLocalFileSystem());
    java.nio.file.Path shared = Files.createDirectory(dir.resolve("shared"));
    assertNull(NoForkLocalFileSystem.posix(new FsPermission((short) 01777)));
    ours.setPermission(new Path(shared.toUri()), new FsPermission((short) 01777));
    FsPermission read = open(new RawLocalFileSystem()).getFileStatus(new Path(shared.toUri())).getPermission();
    assertTrue(read.getStickyBit(), "sticky bit kept: " + read);
    assertEquals("rwxrwxrwx", mode(shared));
  }

  @Test
  void aMissingFileIsAnError() throws IOException {
    FileSystem ours = open(new NoForkLocalFileSystem());
    IOException e = assertThrows(IOException.class,
        () -> ours.setPermission(new Path(dir.resolve("absent").toUri()), new FsPermission((short) 0644)));
    assertTrue(e instanceof FileNotFoundException || e instanceof java.nio.file.NoSuchFileException, e.toString());
  }

  @Test
  void useInstallsItForFileUris() throws IOException {
    Configuration conf = NoForkLocalFileSystem.use(new Configuration(false));
    assertInstanceOf(NoForkLocalFileSystem.class, FileSystem.get(URI.create("file:///"), conf));
  }
}
