package dev.rapport.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rapport.ingest.linkedin.LinkedInFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discovery opens only what is inside an input: links leading out, special files, unreadable files and operating
 * system litter are left alone, each listed with its reason.
 */
class InputSafetyTest {
  @TempDir
  Path tmp;

  static final String MESSAGE = "From: bo@example.org\nTo: ann@example.org\nSubject: hi\n\nhello\n";

  static Configuration conf() {
    Configuration c = new Configuration();
    c.set("fs.file.impl", org.apache.hadoop.fs.RawLocalFileSystem.class.getName());
    c.setBoolean("fs.file.impl.disable.cache", true);
    return c;
  }

  static InputPlan discover(Path input) throws Exception {
    return InputDiscovery.discover(List.of(input.toString()), conf(),
        InputDiscovery.Options.defaults(LinkedInFiles.READER));
  }

  static Map<String, String> ignored(InputPlan plan) {
    Map<String, String> out = new TreeMap<>();
    plan.ignored().forEach(i -> out.put(Path.of(i.path()).getFileName().toString(), i.reason()));
    return out;
  }

  static List<String> readPaths(InputPlan plan) {
    return plan.tasks().stream().flatMap(t -> t.paths().stream()).map(p -> Path.of(java.net.URI.create(p))
        .getFileName().toString()).sorted().toList();
  }

  Path mailFolder() throws IOException {
    Path ann = Files.createDirectories(tmp.resolve("in/ann/Maildir/cur"));
    for (int i = 1; i <= 3; i++) {
      Files.writeString(ann.resolve(i + ".eml"), MESSAGE.replace("hi", "hi " + i));
    }
    return tmp.resolve("in/ann");
  }

  @Test
  void aSymlinkToPasswdInsideAnInputIsNotFollowedAndIsListedWithTheReason() throws Exception {
    Path ann = mailFolder();
    Files.createSymbolicLink(ann.resolve("Maildir/cur/4.eml"), Path.of("/etc/passwd"));
    Path secret = Files.writeString(tmp.resolve("secret.eml"), MESSAGE);
    Files.createSymbolicLink(ann.resolve("Maildir/cur/5.eml"), secret);
    Files.createDirectories(tmp.resolve("elsewhere"));
    Files.writeString(tmp.resolve("elsewhere/6.eml"), MESSAGE);
    Files.createSymbolicLink(ann.resolve("linked-out"), tmp.resolve("elsewhere"));
    InputPlan plan = discover(ann);
    assertEquals(List.of("1.eml", "2.eml", "3.eml"), readPaths(plan));
    Map<String, String> ignored = ignored(plan);
    assertEquals(InputDiscovery.OUTSIDE_LINK, ignored.get("4.eml"));
    assertEquals(InputDiscovery.OUTSIDE_LINK, ignored.get("5.eml"));
    assertEquals(InputDiscovery.OUTSIDE_LINK, ignored.get("linked-out"));
  }

  @Test
  void linksInsideTheInputAreReadOnceWhereTheirFilesAre() throws Exception {
    Path ann = mailFolder();
    Files.createSymbolicLink(ann.resolve("Maildir/cur/7.eml"), ann.resolve("Maildir/cur/1.eml"));
    Files.createSymbolicLink(ann.resolve("again"), ann.resolve("Maildir/cur"));
    Files.createSymbolicLink(ann.resolve("Maildir/cur/8.eml"), ann.resolve("Maildir/cur/nothing-here"));
    InputPlan plan = discover(ann);
    assertEquals(List.of("1.eml", "2.eml", "3.eml", "7.eml"), readPaths(plan));
    Map<String, String> ignored = ignored(plan);
    assertEquals(InputDiscovery.INSIDE_FOLDER_LINK, ignored.get("again"));
    assertEquals(InputDiscovery.DANGLING_LINK, ignored.get("8.eml"));
  }

  @Test
  void aFifoIsNeverOpenedAndIsListed() throws Exception {
    Path ann = mailFolder();
    Path fifo = ann.resolve("Maildir/cur/9.eml");
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeTrue(p.waitFor() == 0, "mkfifo is not available here");
    // opening a FIFO with no writer blocks forever: discovery finishing at all shows it was not opened
    InputPlan plan = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
        () -> discover(ann));
    assertEquals(InputDiscovery.SPECIAL_FILE, ignored(plan).get("9.eml"));
    assertFalse(readPaths(plan).contains("9.eml"));
  }

  @Test
  void operatingSystemLitterIsIgnored() throws Exception {
    Path ann = mailFolder();
    Files.writeString(ann.resolve(".DS_Store"), "Bud1");
    Files.writeString(ann.resolve("Maildir/cur/Thumbs.db"), "x");
    Files.writeString(ann.resolve("Maildir/cur/._1.eml"), MESSAGE);
    Files.createDirectories(ann.resolve("__MACOSX/cur"));
    Files.writeString(ann.resolve("__MACOSX/cur/._2.eml"), MESSAGE);
    InputPlan plan = discover(ann);
    assertEquals(List.of("1.eml", "2.eml", "3.eml"), readPaths(plan));
    Map<String, String> ignored = ignored(plan);
    assertEquals(Map.of(".DS_Store", InputDiscovery.LITTER, "Thumbs.db", InputDiscovery.LITTER,
        "._1.eml", InputDiscovery.LITTER, "__MACOSX", InputDiscovery.LITTER), ignored);
  }

  @Test
  void litterAtTheTopOfACohortIsNoPerson() throws Exception {
    mailFolder();
    Path bob = Files.createDirectories(tmp.resolve("in/bob/Maildir/cur"));
    Files.writeString(bob.resolve("1.eml"), MESSAGE);
    Files.createDirectories(tmp.resolve("in/__MACOSX/ann"));
    Files.writeString(tmp.resolve("in/.DS_Store"), "Bud1");
    InputPlan plan = discover(tmp.resolve("in"));
    assertEquals(List.of("ann", "bob"), plan.people());
    assertEquals(Map.of(".DS_Store", InputDiscovery.LITTER, "__MACOSX", InputDiscovery.LITTER), ignored(plan));
  }

  @Test
  void anUnreadableFileIsSkippedAndListed() throws Exception {
    Path ann = mailFolder();
    Path locked = Files.writeString(ann.resolve("Maildir/cur/10.eml"), MESSAGE);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    assumeTrue(!Files.isReadable(locked), "running as root: every file is readable");
    InputPlan plan = discover(ann);
    assertEquals(InputDiscovery.UNREADABLE, ignored(plan).get("10.eml"));
  }

  @Test
  void aFileThatRefusesToOpenIsUnreadableNotAFailureOfTheRun() throws Exception {
    Path ann = mailFolder();
    var local = org.apache.hadoop.fs.FileSystem.get(java.net.URI.create("file:///"), conf());
    var denying = new org.apache.hadoop.fs.FilterFileSystem(local) {
      @Override
      public org.apache.hadoop.fs.FSDataInputStream open(org.apache.hadoop.fs.Path f) throws IOException {
        throw new java.nio.file.AccessDeniedException(f.toString());
      }

      @Override
      public org.apache.hadoop.fs.FSDataInputStream open(org.apache.hadoop.fs.Path f, int bufferSize)
          throws IOException {
        throw new java.nio.file.AccessDeniedException(f.toString());
      }
    };
    var status = local.getFileStatus(new org.apache.hadoop.fs.Path(ann.resolve("Maildir/cur/1.eml").toUri()));
    assertEquals(InputDiscovery.FileKind.UNREADABLE, InputDiscovery.kindOf(denying, status, LinkedInFiles.READER));
  }

  @Test
  void aFolderHoldingOnlyLinksOutIsAnInputErrorNamingTheReason() throws Exception {
    Path only = Files.createDirectories(tmp.resolve("only"));
    Files.createSymbolicLink(only.resolve("passwd"), Path.of("/etc/passwd"));
    InputException e = assertThrows(InputException.class, () -> discover(only));
    assertTrue(e.getMessage().contains(InputDiscovery.OUTSIDE_LINK), e.getMessage());
  }
}
