package com.scoredesk.testing;

import com.scoredesk.score.ScoreServicesTestSupport;
import com.scoredesk.score.ScoreTestConfiguration;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

/**
 * A JPA slice with the Flyway schema (validated against the entities) and the shop-data services, on H2 unless the
 * test is also {@link OnPostgres}. Each test runs in a transaction that is rolled back.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate", showSql = false)
@Import({ScoreTestConfiguration.class, ScoreServicesTestSupport.class})
public @interface DomainSlice {}
