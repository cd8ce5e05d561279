package vn.dti.rules.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import vn.dti.api.Agencies;
import vn.dti.api.EmulationRules;
import vn.dti.api.Methodology;
import vn.dti.api.ReportingCalendar;
import vn.dti.scoring.ScoringRule;

/**
 * What reading and checking a methodology folder found, kept in its compiled-cache entry beside
 * the compiled rules ({@link CompiledCache}): the catalogue, the reporting calendar, the agencies
 * file, the emulation weights, each component's scoring rule, the numbers written in the rule
 * files and where each compiled rule comes from. A later load of the same bytes takes these
 * instead of binding the JSON files, scanning the rule files and reading the decision tables
 * again (about 185 ms of a cold command line's start).
 *
 * <p>Only a folder that passed every check is kept, and the entry is served only to a folder with
 * the same {@link #digest} (SHA-256 of every file's path and bytes): an edited folder is read and
 * checked afresh. The records are rebuilt through their canonical constructors, so their own
 * validation runs again; a record class that changed shape since the entry was written fails to
 * rebuild and the entry is ignored. The classes stored here are part of the cache key
 * ({@link #CLASSES}).
 *
 * @param digest      the folder's {@link MethodologyFiles#digest()}
 * @param methodology the catalogue
 * @param calendar    {@code calendar.json}, or {@link ReportingCalendar#NONE}
 * @param agencyFile  {@code agencies.json} as read (lists never null), or null when the folder has none
 * @param emulation   {@code emulation.json}, or {@link EmulationRules#DEFAULT}
 * @param scoring     each component's scoring rule
 * @param literals    the numbers written in the rule files
 * @param origins     each compiled rule's label, file and place, by rule name
 * @param asData      the decision-table rows applied as data, by compiled rule name ({@link TableRows})
 */
record CheckedFolder(String digest, Methodology methodology, ReportingCalendar calendar, ReportingFiles.AgencyFile agencyFile,
        EmulationRules emulation, List<ScoringRule> scoring, List<RuleLiteral> literals, Map<String, RuleOrigins.Origin> origins,
        Map<String, ScoringRule> asData) {
    /** The classes whose instances an entry holds: a change to any of them makes every entry stale. */
    static final List<Class<?>> CLASSES = List.of(CheckedFolder.class, Methodology.class, vn.dti.api.MainIndicator.class, vn.dti.api.Component.class,
            vn.dti.api.IndicatorId.class, vn.dti.api.IndexFormula.class, vn.dti.api.Pillar.class, vn.dti.api.Group.class,
            vn.dti.api.EvidenceRequirement.class, vn.dti.api.CategoryOption.class, ReportingCalendar.class, Agencies.class, EmulationRules.class,
            ScoringRule.class, vn.dti.scoring.RuleLocation.class, RuleLiteral.class, RuleOrigins.class);

    CheckedFolder {
        scoring = List.copyOf(scoring);
        literals = List.copyOf(literals);
        origins = Map.copyOf(origins);
        asData = Map.copyOf(asData);
    }

    /** The agencies as {@link ReportingFiles#read} makes them of the catalogue and {@code agencies.json}. */
    Agencies agencies() {
        return agencyFile == null ? Agencies.of(methodology)
                : Agencies.of(methodology, agencyFile.aliases(), agencyFile.groups(), agencyFile.otherAgencies(), agencyFile.members());
    }

    /** The records as bytes: each record written as its class name and component values. */
    byte[] toBytes() throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new RecordsOut(buf)) {
            out.writeObject(this);
        }
        return buf.toByteArray();
    }

    /** The records {@link #toBytes} wrote; throws when a record cannot be rebuilt (its class changed, or its values no longer pass it). */
    static CheckedFolder fromBytes(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new RecordsIn(new ByteArrayInputStream(bytes))) {
            Object o = in.readObject();
            if (!(o instanceof CheckedFolder c)) {
                throw new InvalidObjectException("not a checked folder: " + (o == null ? null : o.getClass().getName()));
            }
            return c;
        }
    }

    /**
     * A record of this project as its class name and component values, in declaration order. A
     * class, not a record: Java serialization rebuilds a record through method handles it builds in
     * the reading JVM, which a cold start paid for (about 10 ms of CPU, docs/performance.md).
     */
    private static final class RecordForm implements Serializable {
        private static final long serialVersionUID = 2L;
        private final String type;
        private final Object[] values;

        RecordForm(String type, Object[] values) {
            this.type = type;
            this.values = values;
        }

        static RecordForm of(Record r) throws IOException {
            RecordComponent[] components = r.getClass().getRecordComponents();
            Object[] values = new Object[components.length];
            try {
                for (int i = 0; i < components.length; i++) {
                    java.lang.reflect.Method accessor = components[i].getAccessor();
                    accessor.setAccessible(true);
                    values[i] = accessor.invoke(r);
                }
            } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
                throw new java.io.NotSerializableException(r.getClass().getName() + ": " + e);
            }
            return new RecordForm(r.getClass().getName(), values);
        }

        /** The record, through the canonical constructor of its class ({@code constructors}: those found so far, by class name). */
        Object build(Map<String, Constructor<?>> constructors) throws IOException {
            try {
                Constructor<?> canonical = constructors.get(type);
                if (canonical == null) {
                    canonical = canonical(type);
                    constructors.put(type, canonical);
                }
                if (canonical.getParameterCount() != values.length) {
                    throw new InvalidObjectException(type + " has " + canonical.getParameterCount() + " components, the entry " + values.length);
                }
                return canonical.newInstance(values);
            } catch (ReflectiveOperationException | RuntimeException e) {
                InvalidObjectException ex = new InvalidObjectException(type + " cannot be rebuilt: " + e);
                ex.initCause(e);
                throw ex;
            }
        }
    }

    private static Constructor<?> canonical(String type) throws ReflectiveOperationException, IOException {
        Class<?> c = Class.forName(type, false, CheckedFolder.class.getClassLoader());
        if (!c.isRecord() || !type.startsWith("vn.dti.")) {
            throw new InvalidObjectException(type + " is not a record of this project");
        }
        RecordComponent[] components = c.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        Constructor<?> canonical = c.getDeclaredConstructor(types);
        canonical.setAccessible(true);
        return canonical;
    }

    /** Writes this project's records, which are not {@link Serializable}, as {@link RecordForm}s. */
    private static final class RecordsOut extends ObjectOutputStream {
        RecordsOut(java.io.OutputStream out) throws IOException {
            super(out);
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object obj) throws IOException {
            return obj instanceof Record r && !(obj instanceof Serializable) ? RecordForm.of(r) : obj;
        }
    }

    /** Reads what {@link RecordsOut} wrote, rebuilding each record through its canonical constructor. */
    private static final class RecordsIn extends ObjectInputStream {
        private final Map<String, Constructor<?>> constructors = new java.util.HashMap<>();

        RecordsIn(java.io.InputStream in) throws IOException {
            super(in);
            enableResolveObject(true);
        }

        @Override
        protected Object resolveObject(Object obj) throws IOException {
            return obj instanceof RecordForm f ? f.build(constructors) : obj;
        }
    }
}
