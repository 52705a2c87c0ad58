package com.scoredesk.calibration;

import java.util.List;

/** What an import of platform scores did: the days stored, and the lines it could not read with the reason. */
public record CalibrationImport(int stored, List<LineError> errors) {

    public CalibrationImport {
        errors = List.copyOf(errors);
    }

    public record LineError(int line, String text, String reason) {}
}
