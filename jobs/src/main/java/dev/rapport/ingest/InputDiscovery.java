package dev.rapport.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Walks the inputs through Hadoop's FileSystem API (so {@code file://}, {@code hdfs://} and {@code s3a://} behave
 * alike), decides who the people are, recognises each file's format by its content, and plans the reading tasks.
 * Only file names and the first few kilobytes of each file are read here, on the driver.
 *
 * <p>A folder is a cohort when none of its files is an archive and none of its subfolders is a mail folder
 * (a Maildir, or a folder holding one-message files directly): each immediate subfolder is then one person.
 * Otherwise the folder is one person's archive. {@link Options#mode} overrides the guess.
 *
 * <p>Only what is inside an input is read: a symbolic link that leads outside it is not followed (one to a folder
 * inside it neither, its files being read where they are), and FIFOs, sockets, devices, unreadable files and the
 * litter operating systems leave ({@code .DS_Store}, {@code __MACOSX/}, {@code ._*}, {@code Thumbs.db}) are never
 * opened. Each is listed in the plan's ignored files with the reason.
 */
public final class InputDiscovery {
  private static final int SNIFF_BYTES = 16 * 1024;
  private static final Pattern CMU_NAME = Pattern.compile("\\d+[._]?");
  private static final Pattern CLIENT_FILES = Pattern.compile(
      "(?i).*\\.(msf|dat|json|sqlite|db|plist|idx|lock|toc|ini|log|txt|md|html?|pdf|png|jpe?g|gif)$|"
          + "(?i)(\\.ds_store|thumbs\\.db|license.*|readme.*|notice.*|dovecot.*|courier.*|maildirfolder|"
          + "subscriptions)");

  /** What operating systems and archivers leave beside files; never mail. */
  private static final Pattern OS_LITTER = Pattern.compile(
      "(?i)\\.ds_store|thumbs\\.db|ehthumbs\\.db|desktop\\.ini|\\._.*|__macosx|\\.spotlight-v100|\\.trashes"
          + "|\\.fseventsd|\\.temporaryitems|\\$recycle\\.bin|icon\r");
  static final String OUTSIDE_LINK = "symbolic link leading outside the input: not followed";
  static final String INSIDE_FOLDER_LINK = "symbolic link to a folder inside the input: not followed (its files are"
      + " read where they are)";
  static final String DANGLING_LINK = "symbolic link to nothing";
  static final String SPECIAL_FILE = "not a regular file (FIFO, socket or device): not opened";
  static final String UNREADABLE = "unreadable (permission denied)";
  static final String LITTER = "operating-system litter";

  private InputDiscovery() {}

  public enum Mode { AUTO, COHORT, PERSON }

  /**
   * How to read the inputs; {@code person} names the person when the input is one person's archive, and
   * {@code linkedIn} recognises an unpacked LinkedIn export's files (its reader lives in {@code ingest.linkedin},
   * which depends on this package, not the other way round).
   */
  public record Options(Mode mode, String person, long splitBytes, int filesPerTask, Ingest.LinkedInReader linkedIn) {
    public Options {
      java.util.Objects.requireNonNull(linkedIn, "linkedIn");
    }

    public static Options defaults(Ingest.LinkedInReader linkedIn) {
      return new Options(Mode.AUTO, null, 128L << 20, 250, linkedIn);
    }
  }

  public static InputPlan discover(List<String> inputs, Configuration conf, Options options)
      throws InputException, IOException {
    if (inputs.isEmpty()) {
      throw new InputException("(no input)", "give at least one archive, export or cohort folder");
    }
    Builder plan = new Builder(options);
    for (String input : inputs) {
      Path path;
      FileSystem fs;
      try {
        path = new Path(input);
        fs = path.getFileSystem(conf);
      } catch (IllegalArgumentException | org.apache.hadoop.fs.UnsupportedFileSystemException e) {
        throw new InputException(input, "not a readable path (" + e.getMessage() + ")");
      }
      FileStatus status;
      try {
        status = fs.getFileStatus(path);
      } catch (java.io.FileNotFoundException e) {
        throw new InputException(input, "no such file or folder");
      } catch (java.nio.file.AccessDeniedException e) {
        throw new InputException(input, "permission denied");
      }
      path = status.getPath();
      Lister lister = new Lister(fs, path);
      if (status.isFile()) {
        String person = options.person() != null ? options.person() : baseName(path.getName());
        int before = plan.tasks.size();
        plan.addPerson(fs, person, path.getParent(), List.of(status));
        if (plan.tasks.size() == before) {
          String reason = plan.lastIgnoredReason();
          throw new InputException(input, reason == null ? "not a mail archive or LinkedIn export" : reason);
        }
        continue;
      }
      Listing all;
      try {
        all = lister.files(path);
      } catch (java.nio.file.AccessDeniedException | org.apache.hadoop.security.AccessControlException e) {
        throw new InputException(input, "permission denied");
      }
      if (all.files().isEmpty()) {
        if (!all.ignored().isEmpty()) {
          all.ignored().forEach(i -> plan.ignore("", i.path(), i.reason()));
          throw new InputException(input, "no file to read: " + all.ignored().get(0).reason() + " ("
              + display(all.ignored().get(0).path()) + (all.ignored().size() > 1 ? " and others" : "") + ")");
        }
        throw new InputException(input, "empty folder: no files to read");
      }
      boolean cohort = switch (options.mode()) {
        case COHORT -> true;
        case PERSON -> false;
        case AUTO -> looksLikeCohort(fs, lister, path, options.linkedIn());
      };
      int before = plan.tasks.size();
      if (cohort) {
        Listing top = lister.children(path);
        top.ignored().forEach(i -> plan.ignore("", i.path(), i.reason()));
        for (FileStatus child : top.files()) {
          if (child.isDirectory()) {
            String person = child.getPath().getName();
            Listing files = lister.files(child.getPath());
            files.ignored().forEach(i -> plan.ignore(person, i.path(), i.reason()));
            plan.addPerson(fs, person, child.getPath(), files.files());
          } else {
            plan.ignore("", child.getPath(), "file at the top of a cohort folder (each person is a subfolder)");
          }
        }
      } else {
        String person = options.person() != null ? options.person() : path.getName();
        all.ignored().forEach(i -> plan.ignore(person, i.path(), i.reason()));
        plan.addPerson(fs, person, path, all.files());
      }
      if (plan.tasks.size() == before) {
        throw new InputException(input, "no mail archive or LinkedIn export found in this folder");
      }
    }
    return new InputPlan(new ArrayList<>(plan.people), plan.tasks, plan.entries, plan.ignored);
  }

  private static boolean looksLikeCohort(FileSystem fs, Lister lister, Path dir, Ingest.LinkedInReader linkedIn)
      throws IOException {
    for (FileStatus child : lister.children(dir).files()) {
      if (child.isFile()) {
        if (kindOf(fs, child, linkedIn) != FileKind.OTHER) {
          return false;
        }
      } else if (isMailFolder(fs, lister, child.getPath(), linkedIn)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isMailFolder(FileSystem fs, Lister lister, Path dir, Ingest.LinkedInReader linkedIn)
      throws IOException {
    int sniffed = 0;
    for (FileStatus c : lister.children(dir).files()) {
      String n = c.getPath().getName();
      if (c.isDirectory() && (n.equals("cur") || n.equals("new"))) {
        return true;
      }
      if (c.isFile() && sniffed < 3) {
        sniffed++;
        if (kindOf(fs, c, linkedIn) == FileKind.MESSAGE) {
          return true;
        }
      }
    }
    return false;
  }

  enum FileKind { ZIP, LINKEDIN_CSV, MBOX, TAKEOUT, MESSAGE, EMPTY, OTHER, UNREADABLE }

  private static byte[] head(FileSystem fs, FileStatus status) throws IOException {
    try (InputStream in = fs.open(status.getPath())) {
      return in.readNBytes(SNIFF_BYTES);
    }
  }

  static FileKind kindOf(FileSystem fs, FileStatus status, Ingest.LinkedInReader linkedIn) throws IOException {
    if (status.getLen() == 0) {
      return FileKind.EMPTY;
    }
    byte[] head;
    try (InputStream in = fs.open(status.getPath())) {
      head = in.readNBytes(SNIFF_BYTES);
    } catch (java.nio.file.AccessDeniedException | org.apache.hadoop.security.AccessControlException
        | java.io.FileNotFoundException e) {
      // a file that cannot be opened (permission, or gone since it was listed) is one person's problem, not the run's
      return FileKind.UNREADABLE;
    }
    return kindOf(status.getPath().getName(), head, linkedIn);
  }

  static FileKind kindOf(String name, byte[] head, Ingest.LinkedInReader linkedIn) {
    if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return FileKind.ZIP;
    }
    if (linkedIn.recognises(name, head)) {
      return FileKind.LINKEDIN_CSV;
    }
    if (MboxReader.looksLikeMbox(head)) {
      String s = new String(head, StandardCharsets.ISO_8859_1);
      return s.contains("\nX-GM-THRID:") || s.contains("\nX-Gmail-Labels:") ? FileKind.TAKEOUT : FileKind.MBOX;
    }
    if (MessageFileReader.looksLikeMessage(head)) {
      return FileKind.MESSAGE;
    }
    return FileKind.OTHER;
  }

  /**
   * Sniffs many files at once: opening a file costs more in waiting than in work, on local disks and object
   * stores alike. Files named like their folder's confirmed one-message files (CMU {@code 12_}, Maildir
   * {@code …:2,S}, {@code .eml}) are not opened here; their reader quarantines any that is not a message.
   */
  static Map<FileStatus, FileKind> sniffAll(FileSystem fs, List<FileStatus> files, Ingest.LinkedInReader linkedIn)
      throws IOException {
    Map<FileStatus, FileKind> kinds = new java.util.concurrent.ConcurrentHashMap<>();
    Map<Path, Integer> confirmed = new java.util.HashMap<>();
    List<FileStatus> toSniff = new ArrayList<>();
    for (FileStatus f : files) {
      String name = f.getPath().getName().toLowerCase(Locale.ROOT);
      boolean messageLike = CMU_NAME.matcher(name).matches() || name.contains(":2,") || name.endsWith(".eml");
      Path folder = f.getPath().getParent();
      int seen = confirmed.getOrDefault(folder, 0);
      if (messageLike && seen >= 3 && f.getLen() > 0) {
        kinds.put(f, FileKind.MESSAGE);
        continue;
      }
      FileKind k = messageLike && seen < 3 ? kindOf(fs, f, linkedIn) : null;
      if (k == FileKind.MESSAGE) {
        confirmed.put(folder, seen + 1);
        kinds.put(f, k);
      } else if (k != null) {
        kinds.put(f, k);
      } else {
        toSniff.add(f);
      }
    }
    var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
      for (FileStatus f : toSniff) {
        futures.add(pool.submit(() -> {
          kinds.put(f, kindOf(fs, f, linkedIn));
          return null;
        }));
      }
      for (var fu : futures) {
        fu.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading the inputs", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return kinds;
  }

  /** Files and folders discovery may open, and the entries it leaves alone with the reason. */
  record Listing(List<FileStatus> files, List<Left> ignored) {}

  /** An entry left alone. */
  record Left(Path path, String reason) {}

  /**
   * Lists folders of one input the way discovery may read them. Hadoop's local file system follows symbolic links
   * and shows FIFOs and devices as empty files, so on {@code file:} each entry is also looked at with java.nio
   * without following links; on other file systems a symbolic link is never followed.
   */
  static final class Lister {
    private final FileSystem fs;
    /** The input's real path on the local file system; null elsewhere. */
    private final java.nio.file.Path localRoot;

    Lister(FileSystem fs, Path input) throws IOException {
      this.fs = fs;
      java.nio.file.Path root = null;
      if ("file".equals(input.toUri().getScheme())) {
        try {
          root = java.nio.file.Paths.get(input.toUri()).toRealPath();
        } catch (IOException | RuntimeException e) {
          root = null;
        }
      }
      this.localRoot = root;
    }

    /** The entries of {@code dir}, sorted by path. */
    Listing children(Path dir) throws IOException {
      List<FileStatus> ok = new ArrayList<>();
      List<Left> left = new ArrayList<>();
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (FileStatus s : sorted(fs.listStatus(dir))) {
        String name = s.getPath().getName();
        seen.add(name);
        String reason = leftAlone(s, name);
        if (reason != null) {
          left.add(new Left(s.getPath(), reason));
        } else if (s.isDirectory() || s.isFile()) {
          ok.add(s);
        }
      }
      if (localRoot != null) {
        // Hadoop leaves dangling links out of a listing without a word
        try (var names = java.nio.file.Files.newDirectoryStream(java.nio.file.Paths.get(dir.toUri()))) {
          for (java.nio.file.Path p : names) {
            String name = p.getFileName().toString();
            if (!seen.contains(name) && java.nio.file.Files.isSymbolicLink(p)) {
              left.add(new Left(new Path(p.toUri()), DANGLING_LINK));
            }
          }
        } catch (IOException | RuntimeException e) {
          // the Hadoop listing above is what is read; this one only names what it left out
        }
        left.sort(Comparator.comparing(l -> l.path().toString()));
      }
      return new Listing(ok, left);
    }

    /** Every file under {@code dir}, walked with {@link #children}, sorted by path. */
    Listing files(Path dir) throws IOException {
      // a listStatus walk: FileSystem.listFiles(recursive) also fetches block locations, 40x slower on 10k files
      List<FileStatus> out = new ArrayList<>();
      List<Left> left = new ArrayList<>();
      java.util.ArrayDeque<Path> pending = new java.util.ArrayDeque<>(List.of(dir));
      boolean first = true;
      while (!pending.isEmpty()) {
        Path next = pending.poll();
        Listing l;
        try {
          l = children(next);
        } catch (java.nio.file.AccessDeniedException | org.apache.hadoop.security.AccessControlException e) {
          if (first) {
            throw e;
          }
          left.add(new Left(next, "unreadable folder (permission denied)"));
          continue;
        }
        first = false;
        left.addAll(l.ignored());
        for (FileStatus s : l.files()) {
          if (s.isDirectory()) {
            pending.add(s.getPath());
          } else {
            out.add(s);
          }
        }
      }
      out.sort(Comparator.comparing(f -> f.getPath().toString()));
      left.sort(Comparator.comparing(l -> l.path().toString()));
      return new Listing(out, left);
    }

    /** Why an entry must not be opened, or null when it may be. */
    private String leftAlone(FileStatus s, String name) {
      if (OS_LITTER.matcher(name).matches()) {
        return LITTER;
      }
      if (s.isSymlink()) {
        return localRoot == null ? "symbolic link: not followed" : null;
      }
      if (localRoot == null) {
        return null;
      }
      java.nio.file.Path p;
      try {
        p = java.nio.file.Paths.get(s.getPath().toUri());
      } catch (RuntimeException e) {
        return null;
      }
      try {
        var attrs = java.nio.file.Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class,
            java.nio.file.LinkOption.NOFOLLOW_LINKS);
        if (attrs.isSymbolicLink()) {
          java.nio.file.Path target;
          try {
            target = p.toRealPath();
          } catch (IOException e) {
            return DANGLING_LINK;
          }
          if (!target.startsWith(localRoot)) {
            return OUTSIDE_LINK;
          }
          if (java.nio.file.Files.isDirectory(target)) {
            return INSIDE_FOLDER_LINK;
          }
          attrs = java.nio.file.Files.readAttributes(target, java.nio.file.attribute.BasicFileAttributes.class);
          p = target;
        }
        if (attrs.isOther()) {
          return SPECIAL_FILE;
        }
        if (attrs.isRegularFile() && !java.nio.file.Files.isReadable(p)) {
          return UNREADABLE;
        }
        return null;
      } catch (IOException e) {
        return UNREADABLE;
      }
    }
  }

  private static List<FileStatus> sorted(FileStatus[] statuses) {
    List<FileStatus> list = new ArrayList<>(List.of(statuses));
    list.sort(Comparator.comparing(f -> f.getPath().toString()));
    return list;
  }

  static String baseName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String base = dot > 0 ? fileName.substring(0, dot) : fileName;
    return base.isBlank() ? fileName : base;
  }

  /** How a path is shown in run.json and messages: a plain path for local files, the full URI otherwise. */
  public static String display(Path path) {
    var uri = path.toUri();
    return uri.getScheme() == null || uri.getScheme().equals("file") ? uri.getPath() : uri.toString();
  }

  private static final class Builder {
    final Options options;
    final TreeSet<String> people = new TreeSet<>();
    final List<ReadTask> tasks = new ArrayList<>();
    final Map<String, InputPlan.Entry> entries = new LinkedHashMap<>();
    final List<InputPlan.Ignored> ignored = new ArrayList<>();

    Builder(Options options) {
      this.options = options;
    }

    String lastIgnoredReason() {
      return ignored.isEmpty() ? null : ignored.get(ignored.size() - 1).reason();
    }

    void ignore(String person, Path path, String reason) {
      ignored.add(new InputPlan.Ignored(person, display(path), reason));
    }

    void addPerson(FileSystem fs, String person, Path root, List<FileStatus> files) throws IOException {
      Map<String, List<FileStatus>> folders = new TreeMap<>();
      int before = tasks.size();
      Map<FileStatus, FileKind> kinds = sniffAll(fs, files, options.linkedIn());
      for (FileStatus f : files) {
        Path p = f.getPath();
        String name = p.getName();
        FileKind kind = kinds.get(f);
        if (kind == FileKind.EMPTY) {
          ignore(person, p, "empty file");
          continue;
        }
        if (kind == FileKind.UNREADABLE) {
          ignore(person, p, UNREADABLE);
          continue;
        }
        if (kind == FileKind.OTHER || (kind == FileKind.MESSAGE && CLIENT_FILES.matcher(name).matches()
            && !name.toLowerCase(Locale.ROOT).endsWith(".eml"))) {
          ignore(person, p, CLIENT_FILES.matcher(name).matches()
              ? "not an archive (mail client index, licence or document file)"
              : "not a mail archive or LinkedIn export (format not recognised from its content)");
          continue;
        }
        String entry = display(p);
        switch (kind) {
          case ZIP -> {
            entries.put(entry, new InputPlan.Entry(person, entry, "linkedin"));
            tasks.add(new ReadTask(ReadTask.Kind.LINKEDIN_ZIP, person, entry, "linkedin", List.of(p.toString()),
                null, 0, f.getLen(), null));
          }
          case LINKEDIN_CSV -> {
            entries.put(entry, new InputPlan.Entry(person, entry, "linkedin"));
            tasks.add(new ReadTask(ReadTask.Kind.LINKEDIN_CSV, person, entry, "linkedin", List.of(p.toString()),
                null, 0, f.getLen(), null));
          }
          case MBOX, TAKEOUT -> {
            MboxReader.Variant variant = kind == FileKind.TAKEOUT ? MboxReader.Variant.TAKEOUT
                : MboxReader.variantOf(head(fs, f), f.getLen());
            entries.put(entry, new InputPlan.Entry(person, entry, variant.format()));
            String folder = kind == FileKind.TAKEOUT ? "" : baseName(name);
            for (long[] range : MboxReader.splits(f.getLen(), options.splitBytes())) {
              tasks.add(new ReadTask(ReadTask.Kind.MBOX, person, entry, variant.format(), List.of(p.toString()),
                  List.of(folder), range[0], range[1], variant));
            }
          }
          case MESSAGE -> {
            Path folder = p.getParent();
            String fn = folder.getName();
            if (fn.equals("cur") || fn.equals("new") || fn.equals("tmp")) {
              folder = folder.getParent();
            }
            folders.computeIfAbsent(folder.toString(), k -> new ArrayList<>()).add(f);
          }
          default -> throw new IllegalStateException("unexpected kind " + kind);
        }
      }
      for (var e : folders.entrySet()) {
        Path folder = new Path(e.getKey());
        List<FileStatus> list = e.getValue();
        String entry = display(folder);
        String format = folderFormat(list);
        entries.put(entry, new InputPlan.Entry(person, entry, format));
        for (int i = 0; i < list.size(); i += options.filesPerTask()) {
          List<String> paths = new ArrayList<>();
          List<String> rel = new ArrayList<>();
          for (FileStatus f : list.subList(i, Math.min(list.size(), i + options.filesPerTask()))) {
            paths.add(f.getPath().toString());
            rel.add(relative(root, f.getPath().getParent()));
          }
          tasks.add(new ReadTask(ReadTask.Kind.FILES, person, entry, format, paths, rel, 0, 0, null));
        }
      }
      if (tasks.size() > before) {
        people.add(person);
      }
    }

    private static String folderFormat(List<FileStatus> files) {
      int maildir = 0;
      int eml = 0;
      for (FileStatus f : files) {
        String parent = f.getPath().getParent().getName();
        String name = f.getPath().getName().toLowerCase(Locale.ROOT);
        if (parent.equals("cur") || parent.equals("new") || parent.equals("tmp") || CMU_NAME.matcher(name).matches()
            || name.contains(":2,")) {
          maildir++;
        } else if (name.endsWith(".eml") || name.endsWith(".emlx") || name.endsWith(".msg")) {
          eml++;
        }
      }
      return maildir >= eml && maildir > 0 ? "maildir" : "eml";
    }

    private static String relative(Path root, Path folder) {
      if (root == null) {
        return "";
      }
      String r = root.toUri().getPath();
      String f = folder.toUri().getPath();
      return f.startsWith(r) ? f.substring(r.length()).replaceAll("^/+", "") : folder.getName();
    }
  }
}
