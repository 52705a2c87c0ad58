package com.scoredesk.activity;

import com.scoredesk.scoring.model.LogisticsAnomaly;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
class LogisticsAnomalyConverter extends CodedEnumConverter<LogisticsAnomaly> {

    LogisticsAnomalyConverter() {
        super(LogisticsAnomaly.class);
    }
}
