package com.scoredesk.ui.workbench;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** The keyboard shortcuts (opened with {@code ?}). */
class ShortcutHelp extends Dialog {

    static final List<String> KEYS = List.of("next", "previous", "open", "claim", "template", "send", "help");

    ShortcutHelp() {
        setId("wb-help");
        setHeaderTitle(getTranslation("wb.help.title"));
        for (String key : KEYS) {
            Span keys = new Span(getTranslation("wb.help.keys." + key));
            keys.getStyle()
                    .set("font-family", "var(--lumo-font-family-mono, monospace)")
                    .set("display", "inline-block")
                    .set("min-width", "9em");
            add(new Div(keys, new Span(getTranslation("wb.help." + key))));
        }
        add(new Div(getTranslation("wb.help.typing")));
        getFooter().add(new Button(getTranslation("wb.close"), e -> close()));
    }
}
