import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * A build step of {@code dti-cli} (run by {@code exec-maven-plugin} after the shade plugin, in the
 * {@code package} phase): rewrites the class files of the packages it is given in
 * {@code target/dti.jar} from the Java 5 class-file format to Java 6's, with the stack-map frames
 * Java 6's format carries, so that a class-data-sharing archive can hold them.
 *
 * <p>Why: Java 17 leaves every class older than Java 6 out of a class-data-sharing archive
 * ("Pre JDK 6 class not supported by CDS"), and picocli (all of its 229 classes) and MVEL's copy
 * of ASM are compiled for Java 5. So {@code bin/dti}'s archive missed them, and every cold
 * {@code dti score} read and verified about 200 classes from the jar, with the old inference
 * verifier, while both cores were busy: 25-30 ms of a 0.4 s start (docs/performance.md, "Cold
 * start, seventh round"). Nothing but the format changes: the same instructions, constants and
 * attributes, with frames worked out by ASM from the classes in the jar. A class ASM cannot give
 * frames to (one that uses {@code jsr}, or names a class the jar does not hold) is left as it was;
 * and Java 6's format lets the JVM fall back to the old verifier for a class whose frames it
 * rejects, so the rewrite cannot make a class unloadable.
 *
 * <p>Usage: {@code java -cp <asm> ArchivableClasses.java <jar> <package prefix>...}; the jar is
 * replaced whole (written beside it, then moved over it).
 */
public final class ArchivableClasses {
    private static final int JAVA_6 = 50;

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ArchivableClasses <jar> <package prefix>...");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        List<String> prefixes = List.of(args).subList(1, args.length);
        Path out = jar.resolveSibling(jar.getFileName() + ".rewriting");
        int rewritten = 0;
        int kept = 0;
        try (ZipFile in = new ZipFile(jar.toFile());
                URLClassLoader classes = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
                OutputStream file = Files.newOutputStream(out);
                ZipOutputStream zip = new ZipOutputStream(file)) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                byte[] bytes;
                try (InputStream s = in.getInputStream(e)) {
                    bytes = s.readAllBytes();
                }
                if (!e.isDirectory() && e.getName().endsWith(".class") && prefixes.stream().anyMatch(e.getName()::startsWith)
                        && version(bytes) < JAVA_6) {
                    byte[] upgraded = upgrade(bytes, classes);
                    if (upgraded != null) {
                        bytes = upgraded;
                        rewritten++;
                    } else {
                        kept++;
                    }
                }
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(e.getTime());
                zip.putNextEntry(copy);
                zip.write(bytes);
                zip.closeEntry();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(out);
            throw e;
        }
        Files.move(out, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.println("ArchivableClasses: " + rewritten + " classes of " + prefixes + " in " + jar.getFileName()
                + " rewritten in Java 6's format" + (kept > 0 ? ", " + kept + " left as they were" : ""));
    }

    private static int version(byte[] classFile) {
        return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
    }

    /** The class in Java 6's format with frames worked out anew; null when ASM cannot give it frames. */
    private static byte[] upgrade(byte[] bytes, ClassLoader classes) {
        try {
            ClassReader reader = new ClassReader(bytes);
            ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
                @Override
                protected ClassLoader getClassLoader() {
                    return classes;
                }
            };
            reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
                @Override
                public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                    super.visit(Opcodes.V1_6, access, name, signature, superName, interfaces);
                }
            }, ClassReader.SKIP_FRAMES);
            return writer.toByteArray();
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }
}
