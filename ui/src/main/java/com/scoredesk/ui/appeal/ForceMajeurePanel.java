package com.scoredesk.ui.appeal;

import com.scoredesk.appeal.ForceMajeureProof;
import com.scoredesk.appeal.ForceMajeureRecord;
import com.scoredesk.appeal.ForceMajeureService;
import com.scoredesk.scoring.model.Province;
import com.scoredesk.ui.template.LocalTimes;
import com.scoredesk.ui.template.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/**
 * 不可抗力: the force-majeure records (region and period) that become appeal evidence for parcels there; supervisors
 * record and delete them, everyone reads them.
 */
class ForceMajeurePanel extends VerticalLayout {

    private final ForceMajeureService records;
    private final Grid<ForceMajeureRecord> grid = new Grid<>();
    private final ComboBox<Province> province = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TextField description = new TextField();
    private final Select<ForceMajeureProof> proof = new Select<>();

    ForceMajeurePanel(ForceMajeureService records, boolean lead) {
        this.records = records;
        setPadding(false);
        grid.setId("force-majeure-grid");
        grid.addColumn(ForceMajeureRecord::province).setHeader(getTranslation("appeals.fm.column.province"));
        grid.addColumn(r ->
                        LocalTimes.date(r.startsOn(), getLocale()) + " – " + LocalTimes.date(r.endsOn(), getLocale()))
                .setHeader(getTranslation("appeals.fm.column.period"));
        grid.addColumn(ForceMajeureRecord::description).setHeader(getTranslation("appeals.fm.column.description"));
        grid.addColumn(r -> getTranslation("appeals.proof." + r.proof().name()))
                .setHeader(getTranslation("appeals.fm.column.proof"));
        grid.addColumn(ForceMajeureRecord::createdBy).setHeader(getTranslation("appeals.fm.column.createdBy"));
        grid.setItems(
                query -> records.list(query.getOffset(), query.getLimit()).stream(), query -> (int) records.count());
        if (lead) {
            add(form());
        } else {
            add(new Paragraph(getTranslation("appeals.fm.readOnly")));
        }
        add(grid);
    }

    private VerticalLayout form() {
        province.setId("fm-province");
        province.setLabel(getTranslation("appeals.fm.province"));
        province.setItems(Province.values());
        province.setItemLabelGenerator(Province::shortName);
        from.setId("fm-from");
        from.setLabel(getTranslation("appeals.fm.from"));
        to.setId("fm-to");
        to.setLabel(getTranslation("appeals.fm.to"));
        description.setId("fm-description");
        description.setLabel(getTranslation("appeals.fm.description"));
        description.setMaxLength(300);
        proof.setId("fm-proof");
        proof.setLabel(getTranslation("appeals.fm.proof"));
        proof.setItems(ForceMajeureProof.values());
        proof.setItemLabelGenerator(p -> getTranslation("appeals.proof." + p.name()));
        proof.setValue(ForceMajeureProof.NEWS_REPORT);
        Button add = new Button(getTranslation("appeals.fm.add"), e -> record());
        add.setId("fm-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button delete = new Button(getTranslation("appeals.fm.delete"), e -> grid.getSelectedItems()
                .forEach(r -> {
                    records.delete(r.id());
                    grid.getDataProvider().refreshAll();
                }));
        delete.setId("fm-delete");
        return new VerticalLayout(new FormLayout(province, from, to, description, proof), new FormLayout(add, delete));
    }

    private void record() {
        boolean complete = province.getValue() != null
                && from.getValue() != null
                && to.getValue() != null
                && !to.getValue().isBefore(from.getValue())
                && !description.getValue().isBlank();
        if (!complete) {
            Notices.error(getTranslation("appeals.fm.invalid"));
            return;
        }
        ForceMajeureRecord saved = records.record(
                province.getValue().shortName(),
                from.getValue(),
                to.getValue(),
                description.getValue(),
                proof.getValue());
        Notices.success(getTranslation("appeals.fm.added", saved.province()));
        description.clear();
        grid.getDataProvider().refreshAll();
    }
}
