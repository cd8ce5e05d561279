package vn.dti.rules.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.drools.base.base.ValueResolver;
import org.drools.base.rule.constraint.AlphaNodeFieldConstraint;
import org.drools.core.common.DefaultFactHandle;
import org.kie.api.runtime.rule.FactHandle;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dti.rules.ComponentValue;
import vn.dti.rules.internal.AlphaWalk.Step;

/**
 * Writes a rule base's {@link AlphaWalk} as a class of its own, made once its rules fired directly
 * have walked {@value DirectRules#COMPILE_AFTER} facts as data: each constraint {@link PlainConstraint} knows becomes the test a
 * programmer would write ({@code v.getDaysLate() > 0}, {@code "6.9".equals(v.getIndicator())}),
 * nested as the alpha network nests them, each rule reached one bit set in the firing order's bit
 * set; any other constraint, and any comparison where a number is NaN, asks Drools' own constraint,
 * as the interpreted walk does. The class is hidden (defined with
 * {@link MethodHandles.Lookup#defineHiddenClass}), so it goes when its rule base goes. A network too
 * large for one method the JIT compiles, and a system property
 * ({@code -Ddti.rules.interpretedWalk=true}), keep the interpreted walk; so does any failure to
 * define the class, which is logged.
 */
final class WalkCompiler {
    /** The system property that keeps the interpreted walk. */
    static final String INTERPRETED = "dti.rules.interpretedWalk";
    private static final boolean OFF = Boolean.getBoolean(INTERPRETED);
    private static final Logger LOG = LoggerFactory.getLogger(WalkCompiler.class);
    /**
     * The most bytes of code the walk's one method may take: HotSpot does not compile a method of
     * more than 8,000 ({@code HugeMethodLimit}); counted generously per test and per bit set.
     */
    static final int MAX_CODE = 7000;
    private static final int STEP_CODE = 70;
    private static final int MARK_CODE = 12;

    private static final String SELF = "vn/dti/rules/internal/CompiledAlphaWalk";
    private static final String CONSTRAINT = Type.getInternalName(AlphaNodeFieldConstraint.class);
    private static final String CONSTRAINTS = "[L" + CONSTRAINT + ";";
    private static final String VALUE = Type.getInternalName(ComponentValue.class);
    private static final String REACH = Type.getMethodDescriptor(Type.BOOLEAN_TYPE, Type.getType(ComponentValue.class), Type.getType(long[].class),
            Type.getType(DefaultFactHandle.class), Type.getType(ValueResolver.class));
    private static final String IS_ALLOWED = Type.getMethodDescriptor(Type.BOOLEAN_TYPE, Type.getType(FactHandle.class), Type.getType(ValueResolver.class));

    // the walk's locals: its arguments, whether any rule is reached, the numbers compared
    private static final int THIS = 0;
    private static final int VALUE_ARG = 1;
    private static final int REACHED = 2;
    private static final int HANDLE = 3;
    private static final int RESOLVER = 4;
    private static final int ANY = 5;
    private static final int X = 6;
    private static final int Y = 8;

    private WalkCompiler() {
    }

    /** The walk of {@code roots} (with {@code always}, the rules every fact reaches) as a class of its own, or interpreted (see the class comment). */
    static AlphaWalk walk(Step[] roots, int[] always) {
        if (!OFF && size(roots) + MARK_CODE * always.length <= MAX_CODE) {
            try {
                return compile(roots, always);
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                LOG.warn("The rules' alpha network could not be compiled; it is walked as data instead: {}", e.toString());
            }
        }
        return AlphaWalk.interpreted(roots, always);
    }

    private static int size(Step[] steps) {
        int size = 0;
        for (Step s : steps) {
            size += STEP_CODE + MARK_CODE * s.rules().length + size(s.below());
        }
        return size;
    }

    private static AlphaWalk compile(Step[] roots, int[] always) throws ReflectiveOperationException {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
            @Override
            protected String getCommonSuperClass(String type1, String type2) {
                return "java/lang/Object";  // never asked: no two reference types meet in one local
            }
        };
        cw.visit(Opcodes.V17, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, SELF, null, "java/lang/Object", new String[] {Type.getInternalName(AlphaWalk.class)});
        cw.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL, "drools", CONSTRAINTS, null, null).visitEnd();

        MethodVisitor init = cw.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "(" + CONSTRAINTS + ")V", null, null);
        init.visitCode();
        init.visitVarInsn(Opcodes.ALOAD, THIS);
        init.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        init.visitVarInsn(Opcodes.ALOAD, THIS);
        init.visitVarInsn(Opcodes.ALOAD, 1);
        init.visitFieldInsn(Opcodes.PUTFIELD, SELF, "drools", CONSTRAINTS);
        init.visitInsn(Opcodes.RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();

        List<AlphaNodeFieldConstraint> drools = new ArrayList<>();
        MethodVisitor m = cw.visitMethod(Opcodes.ACC_PUBLIC, "reach", REACH, null, null);
        m.visitCode();
        m.visitInsn(Opcodes.ICONST_0);
        m.visitVarInsn(Opcodes.ISTORE, ANY);
        mark(m, always);
        for (Step s : roots) {
            step(m, s, drools);
        }
        m.visitVarInsn(Opcodes.ILOAD, ANY);
        m.visitInsn(Opcodes.IRETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();
        cw.visitEnd();

        MethodHandles.Lookup lookup = MethodHandles.lookup().defineHiddenClass(cw.toByteArray(), true);
        MethodHandle make = lookup.findConstructor(lookup.lookupClass(), MethodType.methodType(void.class, AlphaNodeFieldConstraint[].class));
        try {
            return (AlphaWalk) make.invoke(drools.toArray(new AlphaNodeFieldConstraint[0]));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** A node: its test, which jumps past the rest when the fact fails it; its rules marked; the nodes below. */
    private static void step(MethodVisitor m, Step s, List<AlphaNodeFieldConstraint> drools) throws NoSuchMethodException {
        Label fail = new Label();
        test(m, s, fail, drools);
        mark(m, s.rules());
        for (Step b : s.below()) {
            step(m, b, drools);
        }
        m.visitLabel(fail);
    }

    private static void test(MethodVisitor m, Step s, Label fail, List<AlphaNodeFieldConstraint> drools) throws NoSuchMethodException {
        PlainConstraint p = s.plain();
        if (p == null) {
            droolsTest(m, s.constraint(), drools, fail);
            return;
        }
        switch (p.form()) {
            case PlainConstraint.IS:
            case PlainConstraint.IS_NOT: {
                Method getter = getter(p.property());
                if (getter.getReturnType() != boolean.class) {
                    droolsTest(m, s.constraint(), drools, fail);
                    return;
                }
                call(m, getter);
                m.visitJumpInsn(p.form() == PlainConstraint.IS ? Opcodes.IFEQ : Opcodes.IFNE, fail);
                return;
            }
            case PlainConstraint.NUMBER_WITH_NUMBER: {
                boolean mayBeNaN = number(m, p.property());
                if (!mayBeNaN) {
                    m.visitLdcInsn(p.number());
                    compare(m, p.operator(), fail);
                    return;
                }
                m.visitVarInsn(Opcodes.DSTORE, X);
                Label nan = new Label();
                Label pass = new Label();
                notANumber(m, X, nan);
                m.visitVarInsn(Opcodes.DLOAD, X);
                m.visitLdcInsn(p.number());
                compare(m, p.operator(), fail);
                m.visitJumpInsn(Opcodes.GOTO, pass);
                m.visitLabel(nan);
                droolsTest(m, s.constraint(), drools, fail);
                m.visitLabel(pass);
                return;
            }
            case PlainConstraint.NUMBER_WITH_PROPERTY: {
                boolean mayBeNaN = number(m, p.property());
                m.visitVarInsn(Opcodes.DSTORE, X);
                mayBeNaN |= number(m, p.otherProperty());
                m.visitVarInsn(Opcodes.DSTORE, Y);
                Label nan = new Label();
                Label pass = new Label();
                if (mayBeNaN) {
                    notANumber(m, X, nan);
                    notANumber(m, Y, nan);
                }
                m.visitVarInsn(Opcodes.DLOAD, X);
                m.visitVarInsn(Opcodes.DLOAD, Y);
                compare(m, p.operator(), fail);
                if (mayBeNaN) {
                    m.visitJumpInsn(Opcodes.GOTO, pass);
                    m.visitLabel(nan);
                    droolsTest(m, s.constraint(), drools, fail);
                    m.visitLabel(pass);
                }
                return;
            }
            default: {
                boolean equals = p.form() == PlainConstraint.EQUALS;
                Object constant = p.constant();
                if (constant instanceof String text) {
                    // text.equals(v.getX()), as the interpreted walk asks
                    m.visitLdcInsn(text);
                    call(m, getter(p.property()));
                    m.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/String", "equals", "(Ljava/lang/Object;)Z", false);
                    m.visitJumpInsn(equals ? Opcodes.IFEQ : Opcodes.IFNE, fail);
                } else if (constant instanceof Enum<?> e) {
                    // an enum constant equals only itself
                    Class<?> type = e.getDeclaringClass();
                    m.visitFieldInsn(Opcodes.GETSTATIC, Type.getInternalName(type), e.name(), Type.getDescriptor(type));
                    call(m, getter(p.property()));
                    m.visitJumpInsn(equals ? Opcodes.IF_ACMPNE : Opcodes.IF_ACMPEQ, fail);
                } else {
                    droolsTest(m, s.constraint(), drools, fail);
                }
            }
        }
    }

    /** Jumps to {@code nan} when the double in {@code local} is NaN (the only number not equal to itself). */
    private static void notANumber(MethodVisitor m, int local, Label nan) {
        m.visitVarInsn(Opcodes.DLOAD, local);
        m.visitVarInsn(Opcodes.DLOAD, local);
        m.visitInsn(Opcodes.DCMPL);
        m.visitJumpInsn(Opcodes.IFNE, nan);
    }

    /** Drools' own verdict: {@code drools[k].isAllowed(handle, resolver)}; jumps to {@code fail} when false. */
    private static void droolsTest(MethodVisitor m, AlphaNodeFieldConstraint constraint, List<AlphaNodeFieldConstraint> drools, Label fail) {
        m.visitVarInsn(Opcodes.ALOAD, THIS);
        m.visitFieldInsn(Opcodes.GETFIELD, SELF, "drools", CONSTRAINTS);
        m.visitLdcInsn(drools.size());
        drools.add(constraint);
        m.visitInsn(Opcodes.AALOAD);
        m.visitVarInsn(Opcodes.ALOAD, HANDLE);
        m.visitVarInsn(Opcodes.ALOAD, RESOLVER);
        m.visitMethodInsn(Opcodes.INVOKEINTERFACE, CONSTRAINT, "isAllowed", IS_ALLOWED, true);
        m.visitJumpInsn(Opcodes.IFEQ, fail);
    }

    /**
     * Compares the two doubles on the stack, neither of them NaN, and jumps to {@code fail} when
     * the comparison is false.
     */
    private static void compare(MethodVisitor m, int operator, Label fail) {
        m.visitInsn(Opcodes.DCMPL);
        int jump;
        switch (operator) {
            case PlainConstraint.EQ:
                jump = Opcodes.IFNE;
                break;
            case PlainConstraint.NE:
                jump = Opcodes.IFEQ;
                break;
            case PlainConstraint.GT:
                jump = Opcodes.IFLE;
                break;
            case PlainConstraint.GE:
                jump = Opcodes.IFLT;
                break;
            case PlainConstraint.LT:
                jump = Opcodes.IFGE;
                break;
            default:
                jump = Opcodes.IFGT;
        }
        m.visitJumpInsn(jump, fail);
    }

    /** Pushes the named property as a double; true when it may be NaN (a decimal property). */
    private static boolean number(MethodVisitor m, String property) throws NoSuchMethodException {
        Method getter = getter(property);
        call(m, getter);
        Class<?> type = getter.getReturnType();
        if (type == double.class) {
            return true;
        }
        if (type == long.class) {
            m.visitInsn(Opcodes.L2D);
        } else if (type == int.class || type == short.class || type == byte.class || type == char.class) {
            m.visitInsn(Opcodes.I2D);
        } else if (type == float.class) {
            m.visitInsn(Opcodes.F2D);
            return true;
        } else {
            throw new NoSuchMethodException("the property " + property + " is not a number: " + type);
        }
        return false;
    }

    /** Sets in {@code reached} the bits of {@code rules}, a word at a time, and notes that a rule is reached. */
    private static void mark(MethodVisitor m, int[] rules) {
        if (rules.length == 0) {
            return;
        }
        java.util.SortedMap<Integer, Long> words = new java.util.TreeMap<>();
        for (int r : rules) {
            words.merge(r >>> 6, 1L << r, (a, b) -> a | b);
        }
        for (java.util.Map.Entry<Integer, Long> w : words.entrySet()) {
            m.visitVarInsn(Opcodes.ALOAD, REACHED);
            m.visitLdcInsn(w.getKey());
            m.visitInsn(Opcodes.DUP2);
            m.visitInsn(Opcodes.LALOAD);
            m.visitLdcInsn(w.getValue());
            m.visitInsn(Opcodes.LOR);
            m.visitInsn(Opcodes.LASTORE);
        }
        m.visitInsn(Opcodes.ICONST_1);
        m.visitVarInsn(Opcodes.ISTORE, ANY);
    }

    /** Calls {@code getter} on the fact. */
    private static void call(MethodVisitor m, Method getter) {
        m.visitVarInsn(Opcodes.ALOAD, VALUE_ARG);
        m.visitMethodInsn(Opcodes.INVOKEVIRTUAL, VALUE, getter.getName(), Type.getMethodDescriptor(getter), false);
    }

    /** The fact's public getter of a property, as MVEL finds it: {@code isName}, then {@code getName}. */
    private static Method getter(String property) throws NoSuchMethodException {
        String name = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (String prefix : new String[] {"is", "get"}) {
            try {
                Method m = ComponentValue.class.getMethod(prefix + name);
                if (!Modifier.isStatic(m.getModifiers()) && m.getReturnType() != void.class) {
                    return m;
                }
            } catch (NoSuchMethodException e) {
                // the other prefix
            }
        }
        throw new NoSuchMethodException("ComponentValue has no getter of " + property);
    }
}
