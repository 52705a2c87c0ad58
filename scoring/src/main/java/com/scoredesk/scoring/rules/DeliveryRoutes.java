package com.scoredesk.scoring.rules;

import com.scoredesk.scoring.model.Province;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The delivery route table: the number of natural days after the pickup day a waybill has. Same province first,
 * then the first route whose destinations hold the destination, else the default (also when a province is
 * unknown).
 */
public record DeliveryRoutes(int sameProvinceDays, int defaultDays, List<Route> routes) {

    public DeliveryRoutes {
        routes = List.copyOf(routes);
    }

    public int days(@Nullable Province from, @Nullable Province to) {
        if (from != null && from == to) {
            return sameProvinceDays;
        }
        if (to != null) {
            for (Route r : routes) {
                if (r.to().contains(to)) {
                    return r.days();
                }
            }
        }
        return defaultDays;
    }

    public record Route(Set<Province> to, int days) {
        public Route {
            to = Set.copyOf(to);
        }
    }
}
