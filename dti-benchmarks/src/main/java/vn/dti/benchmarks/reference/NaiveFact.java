package vn.dti.benchmarks.reference;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import vn.dti.api.ReportStatus;
import vn.dti.api.ValueKind;
import vn.dti.rules.ComponentValue;

/**
 * The naive scorer's mutable fact: a component value plus the state rules {@code modify} as they
 * fire (points so far, which rules have fired), the "typical" Drools design.
 */
public final class NaiveFact {
    private final ComponentValue value;
    private final String main;
    private final Set<String> fired = new HashSet<>();
    private double points;

    public NaiveFact(ComponentValue value) {
        this.value = value;
        String id = value.getIndicator();
        this.main = id.substring(0, id.indexOf('.'));
    }

    public ComponentValue getValue() {
        return value;
    }

    public int getEntity() {
        return value.getEntity();
    }

    public int getSlot() {
        return value.getSlot();
    }

    public String getMain() {
        return main;
    }

    public double getPoints() {
        return points;
    }

    public void setPoints(double points) {
        this.points = points;
    }

    public boolean hasFired(String rule) {
        return fired.contains(rule);
    }

    public void markFired(String rule) {
        fired.add(rule);
    }

    public String getIndicator() {
        return value.getIndicator();
    }

    public ReportStatus getStatus() {
        return value.getStatus();
    }

    public boolean isReported() {
        return value.isReported();
    }

    public ValueKind getKind() {
        return value.getKind();
    }

    public double getNumber() {
        return value.getNumber();
    }

    public boolean isAboveOne() {
        return value.isAboveOne();
    }

    public double getMax() {
        return value.getMax();
    }

    public int getDocuments() {
        return value.getDocuments();
    }

    public boolean isAutomatic() {
        return value.isAutomatic();
    }

    public long getDaysAfterPeriod() {
        return value.getDaysAfterPeriod();
    }

    public long getDaysBeforePeriod() {
        return value.getDaysBeforePeriod();
    }

    public boolean isQuarter() {
        return value.isQuarter();
    }

    public long getGraceDays() {
        return value.getGraceDays();
    }

    public long getDaysLate() {
        return value.getDaysLate();
    }

    public boolean isCooperatingReport() {
        return value.isCooperatingReport();
    }

    public double getRatio() {
        return value.getRatio();
    }

    public boolean isYes() {
        return value.isYes();
    }

    public String getCategory() {
        return value.getCategory();
    }

    public int getDocumentsAfterPeriod() {
        return value.getDocumentsAfterPeriod();
    }

    public ComponentValue.Report getReport() {
        return value.getReport();
    }

    public String getReportedBy() {
        return value.getReportedBy();
    }

    public boolean isGroupReport() {
        return value.isGroupReport();
    }

    public String getResponsibleAgency() {
        return value.getResponsibleAgency();
    }

    public LocalDate getReportedAt() {
        return value.getReportedAt();
    }

    public LocalDate getDueBefore() {
        return value.getDueBefore();
    }

    public String getDeadline() {
        return value.getDeadline();
    }
}
