package com.scoredesk.ui.workbench;

import com.scoredesk.shop.ShopSummary;
import com.scoredesk.workbench.AgentChoice;
import com.scoredesk.workbench.DeadlineFilter;
import com.scoredesk.workbench.StateFilter;
import com.scoredesk.workbench.WorklistQuery;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The filters of every worklist: shop (one or all of the user's), agent, deadline and state. */
class WorklistFilters extends HorizontalLayout {

    private final Select<ShopSummary> shop = new Select<>();
    private final Select<AgentChoice> agent = new Select<>();
    private final Select<DeadlineFilter> deadline = new Select<>();
    private final Select<StateFilter> state = new Select<>();

    WorklistFilters(List<ShopSummary> shops, @Nullable ShopSummary initialShop) {
        setId("wb-filters");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        shop.setId("wb-filter-shop");
        shop.setLabel(getTranslation("wb.filter.shop"));
        shop.setItems(shops);
        shop.setItemLabelGenerator(s -> s == null ? getTranslation("wb.filter.shop.all") : s.name());
        shop.setEmptySelectionAllowed(true);
        shop.setEmptySelectionCaption(getTranslation("wb.filter.shop.all"));
        shop.setValue(initialShop);
        agent.setId("wb-filter-agent");
        agent.setLabel(getTranslation("wb.filter.agent"));
        agent.setItemLabelGenerator(a -> a == null ? getTranslation("wb.filter.agent.all") : a.displayName());
        agent.setEmptySelectionAllowed(true);
        agent.setEmptySelectionCaption(getTranslation("wb.filter.agent.all"));
        deadline.setId("wb-filter-deadline");
        deadline.setLabel(getTranslation("wb.filter.deadline"));
        deadline.setItems(DeadlineFilter.values());
        deadline.setItemLabelGenerator(d -> getTranslation("wb.filter.deadline." + d.name()));
        deadline.setValue(DeadlineFilter.ANY);
        state.setId("wb-filter-state");
        state.setLabel(getTranslation("wb.filter.state"));
        state.setItems(StateFilter.values());
        state.setItemLabelGenerator(s -> getTranslation("wb.filter.state." + s.name()));
        state.setValue(StateFilter.OPEN);
        add(shop, agent, deadline, state);
        shop.addValueChangeListener(e -> fireEvent(new Changed(this, true)));
        agent.addValueChangeListener(e -> fireEvent(new Changed(this, false)));
        deadline.addValueChangeListener(e -> fireEvent(new Changed(this, false)));
        state.addValueChangeListener(e -> fireEvent(new Changed(this, false)));
    }

    /** {@code base} narrowed by these filters. */
    WorklistQuery apply(WorklistQuery base) {
        return base.withShop(shopId())
                .withAgent(agent.getValue() == null ? null : agent.getValue().id())
                .withDeadline(deadline.getValue() == null ? DeadlineFilter.ANY : deadline.getValue())
                .withState(state.getValue() == null ? StateFilter.OPEN : state.getValue());
    }

    @Nullable
    Long shopId() {
        return shop.getValue() == null ? null : shop.getValue().id();
    }

    @Nullable
    ShopSummary shop() {
        return shop.getValue();
    }

    /** Narrows the lists to {@code chosen} (a link named it); fires a shop change when it is another shop. */
    void selectShop(ShopSummary chosen) {
        shop.setValue(chosen);
    }

    /** The people of the chosen shops, for the agent filter. */
    void agents(List<AgentChoice> choices) {
        AgentChoice chosen = agent.getValue();
        agent.setItems(choices);
        if (chosen != null && choices.contains(chosen)) {
            agent.setValue(chosen);
        }
    }

    Registration addChangedListener(com.vaadin.flow.component.ComponentEventListener<Changed> listener) {
        return addListener(Changed.class, listener);
    }

    /** A filter changed; {@code shopChanged} when the shop did (the score panel follows it). */
    static class Changed extends ComponentEvent<WorklistFilters> {
        private final boolean shopChanged;

        Changed(WorklistFilters source, boolean shopChanged) {
            super(source, false);
            this.shopChanged = shopChanged;
        }

        boolean shopChanged() {
            return shopChanged;
        }
    }
}
