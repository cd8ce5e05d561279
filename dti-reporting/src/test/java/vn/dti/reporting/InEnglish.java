package vn.dti.reporting;

import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import vn.dti.text.Language;

/**
 * Runs each test of a class with the library's texts in English ({@link Language#during}), as
 * {@code --lang en} gives them: for the tests that assert the English wording of a message; the
 * Vietnamese wording, the default, is asserted beside them.
 */
public final class InEnglish implements InvocationInterceptor {
    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> context, ExtensionContext extension)
            throws Throwable {
        inEnglish(invocation);
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> context, ExtensionContext extension)
            throws Throwable {
        inEnglish(invocation);
    }

    private static void inEnglish(Invocation<Void> invocation) throws Throwable {
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Language.during(Language.EN, () -> {
            try {
                invocation.proceed();
            } catch (Throwable t) {
                failed.set(t);
            }
            return null;
        });
        if (failed.get() != null) {
            throw failed.get();
        }
    }
}
