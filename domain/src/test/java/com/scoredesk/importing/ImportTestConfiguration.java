package com.scoredesk.importing;

import com.scoredesk.score.ScoreServicesTestSupport;
import com.scoredesk.score.ScoreTestConfiguration;
import com.scoredesk.shop.ShopService;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/** The importer on top of a JPA slice, with a store that tests can make fail midway. */
@TestConfiguration(proxyBeanMethods = false)
@Import({
    ScoreTestConfiguration.class,
    ScoreServicesTestSupport.class,
    ShopService.class,
    BatchWriter.class,
    ImportService.class
})
class ImportTestConfiguration {

    @Bean
    @Primary
    FailingImportStore importStore(JdbcTemplate jdbc) {
        return new FailingImportStore(jdbc);
    }
}
