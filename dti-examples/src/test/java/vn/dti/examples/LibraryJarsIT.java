package vn.dti.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;

/**
 * The built jars, as an application gets them (run by Failsafe after {@code package}, on the jars
 * rather than the class folders): each published module's jar, and this module's own, names its
 * module in {@code Automatic-Module-Name} (the name a modular application {@code requires}), no two
 * of them hold the same package (which the module path refuses), and each carries the licence and
 * the notice.
 */
class LibraryJarsIT {
    @Test
    void everyJar_namesItsModuleAndCarriesTheLicence() throws IOException {
        String version = Build.root().version();
        Map<String, String> expected = new TreeMap<>();
        Map<String, String> found = new TreeMap<>();
        Map<String, String> owners = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (String artifact : artifacts()) {
            expected.put(artifact, "vn.dti." + artifact.replaceFirst("^dti-", "") + " " + version);
            Path jar = jarOf(artifact);
            try (JarFile file = new JarFile(jar.toFile())) {
                Manifest manifest = file.getManifest();
                assertNotNull(manifest, jar + " has no manifest");
                String declared = manifest.getMainAttributes().getValue("Automatic-Module-Name");
                ModuleReference module = ModuleFinder.of(jar).findAll().iterator().next();
                ModuleDescriptor descriptor = module.descriptor();
                if (!descriptor.name().equals(declared)) {
                    problems.add(jar.getFileName() + ": the module path names it " + descriptor.name() + ", the manifest says " + declared);
                }
                found.put(artifact, descriptor.name() + " " + manifest.getMainAttributes().getValue("Implementation-Version"));
                for (String pkg : descriptor.packages()) {
                    String other = owners.put(pkg, artifact);
                    if (other != null) {
                        problems.add("package " + pkg + " is in both " + other + " and " + artifact);
                    }
                }
                for (String legal : List.of("META-INF/LICENSE", "META-INF/NOTICE")) {
                    if (file.getEntry(legal) == null) {
                        problems.add(jar.getFileName() + " has no " + legal);
                    }
                }
            }
        }
        assertEquals(expected, found, "Automatic-Module-Name and Implementation-Version of each jar");
        assertEquals(List.of(), problems);
        assertTrue(owners.containsKey("vn.dti.api") && owners.containsKey("vn.dti.rules"), owners.keySet().toString());
    }

    /** The BOM's modules and this one. */
    private static List<String> artifacts() {
        List<String> out = new ArrayList<>();
        Build.Pom bom = Build.Pom.read(Build.ROOT.resolve("dti-bom/pom.xml"));
        bom.managed().keySet().forEach(k -> out.add(k.substring(k.indexOf(':') + 1)));
        out.add("dti-examples");
        Collections.sort(out);
        return out;
    }

    /** The jar that holds the artefact's pom.properties (maven-archiver writes it into jars only). */
    private static Path jarOf(String artifact) {
        String resource = "META-INF/maven/vn.dti/" + artifact + "/pom.properties";
        URL url = LibraryJarsIT.class.getClassLoader().getResource(resource);
        assertNotNull(url, artifact + "'s jar is not on the test class path: add it to dti-examples' dependencies (test scope)");
        assertEquals("jar", url.getProtocol(), artifact + " is on the class path as a folder, not its jar: " + url);
        String spec = url.getPath();
        return Path.of(URI.create(spec.substring(0, spec.indexOf("!/"))));
    }
}
