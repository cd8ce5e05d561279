package vn.dti.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The build as its sources describe it, for the release checks: the root pom, its modules (those of
 * every profile too), and each module's pom. Tests run in dti-examples, one folder below the root.
 */
final class Build {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private Build() {
    }

    /** One pom.xml, read with the DOM (no Maven model: these checks read what is written). */
    record Pom(Path file, Element project) {
        static Pom read(Path file) {
            try (InputStream in = Files.newInputStream(file)) {
                DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                Document doc = f.newDocumentBuilder().parse(in);
                return new Pom(file, doc.getDocumentElement());
            } catch (IOException | ParserConfigurationException | SAXException e) {
                throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }

        String artifactId() {
            return Build.text(project, "artifactId").orElseThrow();
        }

        /** The project's own version, or its parent's when it inherits it. */
        String version() {
            return Build.text(project, "version").or(() -> Build.child(project, "parent").flatMap(p -> Build.text(p, "version")))
                    .orElseThrow(() -> new IllegalStateException(file + " has no version"));
        }

        Optional<String> parentVersion() {
            return Build.child(project, "parent").flatMap(p -> Build.text(p, "version"));
        }

        String packaging() {
            return Build.text(project, "packaging").orElse("jar");
        }

        Optional<String> property(String name) {
            return Build.child(project, "properties").flatMap(p -> Build.text(p, name));
        }

        /** A direct child's text, such as {@code name}, {@code url} or {@code description}. */
        Optional<String> text(String name) {
            return Build.text(project, name);
        }

        Optional<Element> element(String name) {
            return Build.child(project, name);
        }

        /** The modules this pom aggregates, its profiles' too, in order. */
        List<String> modules() {
            List<String> out = new ArrayList<>();
            Build.child(project, "modules").ifPresent(m -> out.addAll(Build.texts(m, "module")));
            Build.child(project, "profiles").ifPresent(ps -> Build.children(ps, "profile")
                    .forEach(p -> Build.child(p, "modules").ifPresent(m -> out.addAll(Build.texts(m, "module")))));
            return out;
        }

        /** groupId:artifactId → version of the dependencyManagement entries. */
        Map<String, String> managed() {
            Map<String, String> out = new LinkedHashMap<>();
            Build.child(project, "dependencyManagement").flatMap(dm -> Build.child(dm, "dependencies"))
                    .ifPresent(ds -> Build.children(ds, "dependency").forEach(d -> out.put(
                            Build.text(d, "groupId").orElseThrow() + ":" + Build.text(d, "artifactId").orElseThrow(),
                            Build.text(d, "version").orElse(""))));
            return out;
        }
    }

    static Pom root() {
        return Pom.read(ROOT.resolve("pom.xml"));
    }

    /** Every module of the reactor (profiles included), by folder name. */
    static Map<String, Pom> modules() {
        Map<String, Pom> out = new LinkedHashMap<>();
        for (String m : root().modules()) {
            out.put(m, Pom.read(ROOT.resolve(m).resolve("pom.xml")));
        }
        return out;
    }

    static Optional<Element> child(Element parent, String name) {
        return children(parent, name).stream().findFirst();
    }

    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    static Optional<String> text(Element parent, String name) {
        return child(parent, name).map(e -> e.getTextContent().strip());
    }

    private static List<String> texts(Element parent, String name) {
        return children(parent, name).stream().map(e -> e.getTextContent().strip()).toList();
    }
}
