package com.scoredesk.shop;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ShopRepository extends JpaRepository<Shop, Long> {

    List<Shop> findByIdInOrderByName(Collection<Long> ids);

    List<Shop> findAllByOrderByName();

    Optional<Shop> findByCode(String code);
}
