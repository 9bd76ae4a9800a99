package org.variatlas.app.plugins;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule for what a plugin's classes may use: the plugin API ({@code org.variatlas.api..}),
 * the SDK ({@code org.variatlas.sdk..}), PF4J ({@code org.pf4j..}), the JDK ({@code java..}) and
 * the jar's own packages; and a jar bundles no copy of the API, the SDK or PF4J (the platform
 * provides all three). The test kit's {@code verifyImports} and the platform's check of an uploaded
 * jar both apply it.
 *
 * <p>Reads the classes' constant pools (every class a class names, and every type in its
 * descriptors and generic signatures) without loading them, so a jar is checked before any of its
 * code runs.
 */
public final class PluginImports {

  /** The packages (with their subpackages) every plugin may use. */
  public static final List<String> ALLOWED =
      List.of("org.variatlas.api", "org.variatlas.sdk", "org.pf4j", "java");

  private static final int MAX_REPORTED = 20;
  private static final Pattern TYPE_IN_DESCRIPTOR =
      Pattern.compile("L([A-Za-z_$][\\w$]*(?:/[A-Za-z_$][\\w$]*)*)[;<]");
  private static final Pattern DESCRIPTOR = Pattern.compile("[(\\[<L][\\w$/;<>()\\[\\]*+\\-:.]*");

  private PluginImports() {}

  /**
   * What the jar's classes use beyond the rule, one line per offending class ("{@code
   * org.example.Loader uses org.slf4j.Logger, ...}"), or a bundled API/PF4J class; empty when the
   * jar keeps the rule.
   *
   * @throws UncheckedIOException when the jar cannot be read
   */
  public static List<String> violations(Path jar) {
    Map<String, Set<String>> usesByClass = new LinkedHashMap<>();
    try (JarFile file = new JarFile(jar.toFile())) {
      Enumeration<JarEntry> entries = file.entries();
      while (entries.hasMoreElements()) {
        JarEntry entry = entries.nextElement();
        String name = entry.getName();
        if (!name.endsWith(".class")
            || name.startsWith("META-INF/")
            || name.endsWith("module-info.class")) {
          continue;
        }
        try (InputStream in = file.getInputStream(entry)) {
          usesByClass.put(
              name.substring(0, name.length() - ".class".length()).replace('/', '.'),
              referencedClasses(in));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the classes of " + jar.getFileName(), e);
    }
    return violations(usesByClass);
  }

  static List<String> violations(Map<String, Set<String>> usesByClass) {
    Set<String> own = new TreeSet<>();
    usesByClass.keySet().forEach(c -> own.add(packageOf(c)));
    List<String> out = new ArrayList<>();
    if (usesByClass.isEmpty()) {
      out.add("the jar contains no classes");
    }
    for (var e : usesByClass.entrySet()) {
      String cls = e.getKey();
      if (allowed(packageOf(cls), List.of())) {
        out.add(cls + " is a class of the plugin API, the SDK, PF4J or the JDK: never bundle it");
        continue;
      }
      List<String> foreign =
          e.getValue().stream()
              .filter(u -> !allowed(packageOf(u), own))
              .sorted()
              .distinct()
              .toList();
      if (!foreign.isEmpty()) {
        out.add(cls + " uses " + String.join(", ", foreign));
      }
    }
    if (out.size() > MAX_REPORTED) {
      int more = out.size() - MAX_REPORTED;
      out = new ArrayList<>(out.subList(0, MAX_REPORTED));
      out.add("... and " + more + " more");
    }
    return out;
  }

  private static boolean allowed(String pkg, java.util.Collection<String> own) {
    for (String a : ALLOWED) {
      if (pkg.equals(a) || pkg.startsWith(a + ".")) {
        return true;
      }
    }
    return own.contains(pkg);
  }

  private static String packageOf(String className) {
    int dot = className.lastIndexOf('.');
    return dot < 0 ? "" : className.substring(0, dot);
  }

  /** The classes a class file names in its constant pool, as binary names with dots. */
  static Set<String> referencedClasses(InputStream classFile) throws IOException {
    DataInputStream in = new DataInputStream(classFile);
    if (in.readInt() != 0xCAFEBABE) {
      throw new IOException("not a class file");
    }
    in.readUnsignedShort();
    in.readUnsignedShort();
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    List<Integer> classNames = new ArrayList<>();
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF();
        case 7 -> classNames.add(in.readUnsignedShort());
        case 8, 16, 19, 20 -> in.readUnsignedShort();
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
        case 5, 6 -> {
          in.readLong();
          i++;
        }
        case 15 -> {
          in.readUnsignedByte();
          in.readUnsignedShort();
        }
        default -> throw new IOException("unknown constant pool tag " + tag);
      }
    }
    Set<String> out = new TreeSet<>();
    for (int index : classNames) {
      String name = utf8[index];
      if (name == null) {
        continue;
      }
      if (name.startsWith("[")) {
        typesIn(name, out);
      } else {
        out.add(name.replace('/', '.'));
      }
    }
    for (String s : utf8) {
      if (s != null && DESCRIPTOR.matcher(s).matches() && s.contains(";")) {
        typesIn(s, out);
      }
    }
    return out;
  }

  private static void typesIn(String descriptor, Set<String> out) {
    Matcher m = TYPE_IN_DESCRIPTOR.matcher(descriptor);
    while (m.find()) {
      out.add(m.group(1).replace('/', '.'));
    }
  }
}
