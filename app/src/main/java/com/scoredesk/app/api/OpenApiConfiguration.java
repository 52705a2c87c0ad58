package com.scoredesk.app.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of the REST API at {@code /v3/api-docs} (springdoc). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String TOKEN = "shopToken";

    @Bean
    OpenAPI scoreDeskOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("ScoreDesk API")
                        .version("v1")
                        .description("A shop's experience score (商家体验分) and its event intake. Every request"
                                + " needs an API token of the shop, created by an administrator in ScoreDesk"
                                + " (设置 → 数据导入 → API 令牌): Authorization: Bearer sd_…"))
                .components(new Components()
                        .addSecuritySchemes(
                                TOKEN,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("a per-shop API token, sd_…")));
    }
}
