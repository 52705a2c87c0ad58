package com.scoredesk.activity;

import com.scoredesk.scoring.model.EscalationKind;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
class EscalationKindConverter extends CodedEnumConverter<EscalationKind> {

    EscalationKindConverter() {
        super(EscalationKind.class);
    }
}
