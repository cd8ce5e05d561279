package vn.dti.benchmarks.reference;

/** The naive scorer's total facts: one per main indicator (id set) and one for the whole (id null), filled by accumulate. */
public final class NaiveTotal {
    private final String id;
    private double points;
    private boolean done;

    public NaiveTotal(String id) {
        this.id = id;
    }

    public String getId() {
        return id;
    }

    public boolean isMain() {
        return id != null;
    }

    public double getPoints() {
        return points;
    }

    public void setPoints(double points) {
        this.points = points;
    }

    public boolean isDone() {
        return done;
    }

    public void setDone(boolean done) {
        this.done = done;
    }
}
