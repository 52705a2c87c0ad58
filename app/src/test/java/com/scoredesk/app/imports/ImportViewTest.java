package com.scoredesk.app.imports;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.scoredesk.apitoken.ApiTokenSummary;
import com.scoredesk.app.KaribuTestBase;
import com.scoredesk.ui.imports.ImportView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;

/** 数据导入: who may open it, the upload, and the API tokens of administrators. */
class ImportViewTest extends KaribuTestBase {

    @Test
    void a_supervisor_can_upload_but_does_not_manage_api_tokens() {
        login("supervisor");
        UI.getCurrent().navigate(ImportView.class);

        _assertOne(ImportView.class);
        _assertOne(Upload.class);
        assertThat(_get(Button.class, spec -> spec.withId("import-start")).isEnabled())
                .as("nothing uploaded yet")
                .isFalse();
        _assertNone(Button.class, spec -> spec.withId("api-tokens"));
    }

    @Test
    void an_agent_cannot_open_the_import() {
        login("agent");

        assertThatThrownBy(() -> UI.getCurrent().navigate(ImportView.class))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_admin_creates_a_token_that_is_shown_once_and_listed_by_its_prefix() {
        login("admin");
        UI.getCurrent().navigate(ImportView.class);

        _click(_get(Button.class, spec -> spec.withId("api-tokens")));
        _get(TextField.class, spec -> spec.withId("token-name")).setValue("BI 看板");
        _click(_get(Button.class, spec -> spec.withId("token-create")));

        String token =
                _get(TextField.class, spec -> spec.withId("token-created")).getValue();
        assertThat(token).startsWith("sd_").hasSizeGreaterThan(40);
        Grid<ApiTokenSummary> grid = _get(Grid.class, spec -> spec.withId("token-grid"));
        ApiTokenSummary listed = GridKt._get(grid, 0);
        assertThat(listed.name()).isEqualTo("BI 看板");
        assertThat(token).startsWith(listed.prefix());
    }
}
