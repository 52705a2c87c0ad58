package com.scoredesk;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** {@code @DataJpaTest} looks upward for a {@code @SpringBootConfiguration}; a library module has none. */
@SpringBootApplication
class DomainTestApplication {}
