package com.scoredesk.ui.dashboard;

import static com.scoredesk.ui.dashboard.Formats.t;

import com.scoredesk.settings.AssumptionItem;
import com.scoredesk.settings.AssumptionKind;
import com.scoredesk.settings.StoredAssumption;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/** The grids of the 假设参数 page. */
final class AssumptionGrids {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private AssumptionGrids() {}

    /** What an item is called: its indicator, dimension, check or deadline, and the kind of number. */
    static String name(AssumptionKind kind, String itemId) {
        String subject =
                switch (kind) {
                    case THRESHOLDS, INDICATOR_WEIGHT -> t("dashboard.indicator." + itemId);
                    case DIMENSION_WEIGHT -> t("dashboard.dimension." + itemId);
                    case GROWTH_LIMIT -> t("dashboard.growth." + itemId);
                    case DEADLINE -> t("dashboard.assumptions.deadline." + itemId);
                };
        return t("dashboard.assumptions.kind." + kind.name(), subject);
    }

    /** The numbers of one rule set for one industry or shop. */
    static final class Items extends Grid<AssumptionItem> {

        private Map<String, StoredAssumption> current = Map.of();

        Items(BiConsumer<AssumptionItem, @Nullable StoredAssumption> onEdit) {
            setId("assumption-items");
            addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
            setAllRowsVisible(true);
            addColumn(item -> name(item.kind(), item.itemId()))
                    .setHeader(t("dashboard.assumptions.item"))
                    .setAutoWidth(true);
            addColumn(item ->
                            item.defaultValue().isEmpty() ? t("dashboard.assumptions.fromTable") : item.defaultValue())
                    .setHeader(t("dashboard.assumptions.default"));
            addColumn(item -> t("dashboard.assumptions.source." + item.source(), item.section()))
                    .setHeader(t("dashboard.assumptions.source"));
            addColumn(item -> current.containsKey(item.key())
                            ? current.get(item.key()).value()
                            : Formats.NONE)
                    .setHeader(t("dashboard.assumptions.value"));
            addComponentColumn(item -> {
                        Button edit = new Button(
                                t("dashboard.assumptions.edit"), click -> onEdit.accept(item, current.get(item.key())));
                        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                        edit.setId("assumption-edit-" + item.kind().name() + "-" + item.itemId());
                        return edit;
                    })
                    .setKey("edit")
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }

        void show(List<AssumptionItem> items, Map<String, StoredAssumption> stored) {
            this.current = stored;
            setItems(items);
        }
    }

    /** Every stored assumption. */
    static final class Stored extends Grid<StoredAssumption> {

        Stored() {
            setId("assumption-stored");
            addThemeVariants(GridVariant.LUMO_COMPACT);
            setPageSize(50);
            addColumn(StoredAssumption::ruleSet).setHeader(t("dashboard.assumptions.ruleSet"));
            addColumn(a -> t("dashboard.assumptions.scope." + a.scope().kind().name()) + " · "
                            + a.scope().value())
                    .setHeader(t("dashboard.assumptions.for"));
            addColumn(a -> name(a.kind(), a.itemId())).setHeader(t("dashboard.assumptions.item"));
            addColumn(StoredAssumption::value).setHeader(t("dashboard.assumptions.value"));
            addColumn(a -> a.note() == null ? "" : a.note()).setHeader(t("dashboard.assumptions.note"));
            addColumn(a -> a.updatedBy() + " · " + TIME.format(a.updatedAt())).setHeader(t("dashboard.assumptions.by"));
        }
    }
}
