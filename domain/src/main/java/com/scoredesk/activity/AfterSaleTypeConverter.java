package com.scoredesk.activity;

import com.scoredesk.scoring.model.AfterSaleType;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
class AfterSaleTypeConverter extends CodedEnumConverter<AfterSaleType> {

    AfterSaleTypeConverter() {
        super(AfterSaleType.class);
    }
}
