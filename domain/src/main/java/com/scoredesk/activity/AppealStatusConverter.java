package com.scoredesk.activity;

import com.scoredesk.scoring.model.AppealStatus;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
class AppealStatusConverter extends CodedEnumConverter<AppealStatus> {

    AppealStatusConverter() {
        super(AppealStatus.class);
    }
}
