package dev.rapport.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsAction;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's raw local file system, setting permissions through {@code java.nio} instead of forking {@code chmod}.
 *
 * <p>Without Hadoop's native library (Spark's distribution does not ship it), {@link RawLocalFileSystem} forks a
 * {@code chmod} process for every file and folder it creates with a permission: each Parquet part, each committer
 * folder. A fork of a JVM holding a gigabyte costs about 12 ms; a small run wrote 66 of them. A permission that
 * {@code java.nio} cannot express (the sticky bit) and file systems without POSIX permissions go to Hadoop's own
 * code, so the result on disk is the same.
 *
 * <p>The raw file system and not the checksummed one, because Maildir names carry ':' ("…:2,RS") and the checksummed
 * file system cannot name their {@code .crc} files. Install it with {@link #use(Configuration)}.
 */
public final class NoForkLocalFileSystem extends RawLocalFileSystem {

  /** Makes {@code file:} paths of {@code conf} use this file system, uncached so the setting takes effect. */
  public static Configuration use(Configuration conf) {
    conf.set("fs.file.impl", NoForkLocalFileSystem.class.getName());
    conf.setBoolean("fs.file.impl.disable.cache", true);
    return conf;
  }

  @Override
  public void setPermission(Path p, FsPermission permission) throws IOException {
    Set<PosixFilePermission> posix = posix(permission);
    java.nio.file.Path file = pathToFile(p).toPath();
    if (posix == null || !Files.getFileStore(file).supportsFileAttributeView("posix")) {
      super.setPermission(p, permission);
      return;
    }
    Files.setPosixFilePermissions(file, posix);
  }

  /** The same permission as {@code java.nio} sees it; null when it carries bits nio cannot set (sticky). */
  static Set<PosixFilePermission> posix(FsPermission permission) {
    if (permission.getStickyBit()) {
      return null;
    }
    Set<PosixFilePermission> out = EnumSet.noneOf(PosixFilePermission.class);
    add(out, permission.getUserAction(), PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
        PosixFilePermission.OWNER_EXECUTE);
    add(out, permission.getGroupAction(), PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
        PosixFilePermission.GROUP_EXECUTE);
    add(out, permission.getOtherAction(), PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE,
        PosixFilePermission.OTHERS_EXECUTE);
    return out;
  }

  private static void add(Set<PosixFilePermission> out, FsAction action, PosixFilePermission read,
      PosixFilePermission write, PosixFilePermission execute) {
    if (action.implies(FsAction.READ)) {
      out.add(read);
    }
    if (action.implies(FsAction.WRITE)) {
      out.add(write);
    }
    if (action.implies(FsAction.EXECUTE)) {
      out.add(execute);
    }
  }
}
