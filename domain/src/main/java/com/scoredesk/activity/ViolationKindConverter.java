package com.scoredesk.activity;

import com.scoredesk.scoring.model.ViolationKind;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
class ViolationKindConverter extends CodedEnumConverter<ViolationKind> {

    ViolationKindConverter() {
        super(ViolationKind.class);
    }
}
