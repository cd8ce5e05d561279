package vn.dti.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import vn.dti.text.Language;

class RuleCompilerTest {
    @Test
    void compileError_ofAnUnknownKind_isDroolsTextAfterTheCatalogueSentence() {
        assertEquals("quy tắc không biên dịch được. Chi tiết của Drools: Something new", RuleCompiler.compileError("Something new").in(Language.VI));
        assertEquals("the rule does not compile. Drools says: Something new", RuleCompiler.compileError("Something new").in(Language.EN));
    }
}
