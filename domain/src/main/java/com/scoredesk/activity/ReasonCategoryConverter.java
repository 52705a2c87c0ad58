package com.scoredesk.activity;

import com.scoredesk.scoring.model.ReasonCategory;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
class ReasonCategoryConverter extends CodedEnumConverter<ReasonCategory> {

    ReasonCategoryConverter() {
        super(ReasonCategory.class);
    }
}
