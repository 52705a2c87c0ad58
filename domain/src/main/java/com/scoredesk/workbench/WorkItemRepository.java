package com.scoredesk.workbench;

import org.springframework.data.jpa.repository.JpaRepository;

/** Work items for agent actions; listing and refreshing go through JDBC ({@link WorklistQueries}). */
interface WorkItemRepository extends JpaRepository<WorkItem, Long> {}
