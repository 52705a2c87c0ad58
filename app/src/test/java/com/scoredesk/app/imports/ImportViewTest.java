package com.scoredesk.app.imports;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.scoredesk.apitoken.ApiTokenSummary;
import com.scoredesk.app.KaribuTestBase;
import com.scoredesk.importing.FileReport;
import com.scoredesk.shop.Shop;
import com.scoredesk.shop.ShopService;
import com.scoredesk.shop.ShopSummary;
import com.scoredesk.shop.ShopType;
import com.scoredesk.ui.imports.ImportPanel;
import com.scoredesk.ui.imports.ImportView;
import com.scoredesk.ui.layout.SelectedShop;
import com.scoredesk.ui.workbench.WorkbenchView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

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
    void an_upload_is_imported_reported_with_its_broken_row_by_line_and_leaves_no_files_behind() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        ShopSummary shop = ctx.getBean(ShopService.class)
                .registerUnchecked(new Shop("UP-" + tag, "导入测试店 " + tag, "茶", ShopType.NON_FLAGSHIP));
        login("admin");
        ctx.getBean(SelectedShop.class).select(shop);
        UI.getCurrent().navigate(ImportView.class);

        String orders = String.join(
                "\n",
                "order_id,paid_at,amount_paid,ship_from_province,ship_to_province,picked_up_at,signed_at",
                "UP-1,2026-11-20 10:00:00,59.00,浙江,上海,2026-11-20 18:00:00,2026-11-22 12:00:00",
                "UP-2,not a time,59.00,浙江,上海,,",
                "UP-3,2026-11-21 09:30:00,128.50,浙江,北京,,");
        UploadKt._upload(_get(Upload.class), "orders.csv", orders.getBytes(StandardCharsets.UTF_8));
        Path folder = _get(ImportView.class)
                .getChildren()
                .filter(ImportPanel.class::isInstance)
                .map(panel -> ((ImportPanel) panel).folder())
                .findFirst()
                .orElseThrow();
        assertThat(files(folder)).as("the upload is kept until it is imported").hasSize(1);
        _click(_get(Button.class, spec -> spec.withId("import-start")));

        long until = System.nanoTime() + 30_000_000_000L;
        while (_find(Grid.class, spec -> spec.withId("import-report")).isEmpty() && System.nanoTime() < until) {
            Thread.sleep(50);
            MockVaadin.clientRoundtrip(false); // the import reports back through server push
        }
        Grid<FileReport> report = _get(Grid.class, spec -> spec.withId("import-report"));
        assertThat(GridKt._fetch(report, 0, 10)).singleElement().satisfies(file -> {
            assertThat(file.file()).isEqualTo("orders.csv");
            assertThat(file.inserted()).isEqualTo(2);
            assertThat(file.rejected()).isEqualTo(1);
            assertThat(file.errors()).singleElement().satisfies(error -> {
                assertThat(error.file()).isEqualTo("orders.csv");
                assertThat(error.line()).isEqualTo(3);
                assertThat(error.reason()).contains("paid_at");
            });
        });
        assertThat(_get(Span.class, spec -> spec.withId("import-status")).getText())
                .isEqualTo("导入完成：1 个文件，1 行被拒绝（其余行已导入）");
        assertThat(_get(Anchor.class, spec -> spec.withId("import-errors")).isVisible())
                .isTrue();
        assertThat(ctx.getBean(JdbcTemplate.class)
                        .queryForObject("SELECT COUNT(*) FROM orders WHERE shop_id = ?", Long.class, shop.id()))
                .isEqualTo(2);
        assertThat(files(folder))
                .as("the imported upload is deleted; the rejected rows stay for their download")
                .singleElement()
                .satisfies(path -> assertThat(path.getFileName().toString()).startsWith("errors-"));

        UI.getCurrent().navigate(WorkbenchView.class);
        assertThat(folder).as("leaving the page deletes the rest").doesNotExist();
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).toList();
        }
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
