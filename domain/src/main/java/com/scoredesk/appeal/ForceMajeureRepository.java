package com.scoredesk.appeal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ForceMajeureRepository extends JpaRepository<ForceMajeure, Long> {

    /** Records whose period overlaps [from, to]. */
    List<ForceMajeure> findByEndsOnGreaterThanEqualAndStartsOnLessThanEqual(LocalDate from, LocalDate to);

    List<ForceMajeure> findAllByOrderByStartsOnDescIdDesc(Pageable page);
}
