package vn.dti.rules.internal;

import vn.dti.rules.ScoreSheet;

/**
 * The session's globals: the one global rules award through, {@value ScoreSheet#GLOBAL}, held in
 * a field and found by comparing its name, where Drools' default looks every use up in a map.
 * Any other global a rule file declares is null, as it was when only {@code score} was set.
 */
final class SheetGlobal implements org.drools.base.rule.accessor.GlobalResolver, org.kie.api.runtime.Globals {
    private Object sheet;

    SheetGlobal(ScoreSheet sheet) {
        this.sheet = sheet;
    }

    @Override
    public Object resolveGlobal(String identifier) {
        return ScoreSheet.GLOBAL.equals(identifier) ? sheet : null;
    }

    @Override
    public Object get(String identifier) {
        return resolveGlobal(identifier);
    }

    @Override
    public void setGlobal(String identifier, Object value) {
        if (!ScoreSheet.GLOBAL.equals(identifier)) {
            throw new IllegalArgumentException("a scoring session holds the global " + ScoreSheet.GLOBAL + " only, not " + identifier);
        }
        sheet = value;
    }

    @Override
    public void set(String identifier, Object value) {
        setGlobal(identifier, value);
    }

    @Override
    public void removeGlobal(String identifier) {
        if (ScoreSheet.GLOBAL.equals(identifier)) {
            sheet = null;
        }
    }

    @Override
    public void clear() {
        sheet = null;
    }

    @Override
    public void setDelegate(org.kie.api.runtime.Globals delegate) {
        throw new UnsupportedOperationException("a scoring session's globals have no delegate");
    }

    @Override
    public java.util.Collection<String> getGlobalKeys() {
        return java.util.List.of(ScoreSheet.GLOBAL);
    }
}
