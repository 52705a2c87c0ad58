package com.scoredesk.compliance;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ComplianceRuleRepository extends JpaRepository<ComplianceRule, Long> {

    List<ComplianceRule> findByEnabledTrueOrderById();

    List<ComplianceRule> findAllByOrderByKindAscCodeAsc(Pageable page);

    Optional<ComplianceRule> findByCode(String code);
}
