package com.scoredesk.activity;

import com.scoredesk.scoring.model.LogisticsNode;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
class LogisticsNodeConverter extends CodedEnumConverter<LogisticsNode> {

    LogisticsNodeConverter() {
        super(LogisticsNode.class);
    }
}
