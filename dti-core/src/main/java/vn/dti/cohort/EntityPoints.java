package vn.dti.cohort;

import java.util.List;

/**
 * One entity of a scored cohort, ready to rank: its main-indicator points in catalogue order.
 *
 * @param source {@code evidence}, {@code published} or {@code merged}
 * @param from   for a merged entity, the former entities
 */
record EntityPoints(String id, String name, String region, String source, List<String> from, double[] mainPoints) {
    EntityPoints withPoints(double[] points) {
        return new EntityPoints(id, name, region, source, from, points);
    }
}
