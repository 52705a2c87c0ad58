package com.scoredesk.activity;

import com.scoredesk.scoring.model.AfterSaleStatus;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
class AfterSaleStatusConverter extends CodedEnumConverter<AfterSaleStatus> {

    AfterSaleStatusConverter() {
        super(AfterSaleStatus.class);
    }
}
