package com.scoredesk.scoring.bundle;

import com.scoredesk.scoring.model.ShopData;
import java.util.List;
import java.util.Objects;

/**
 * A bundle as read: the data of every row that could be read, and the rows that could not.
 *
 * @param errors rejected rows in file order
 */
public record Bundle(ShopData data, List<RowError> errors) {

    public Bundle {
        Objects.requireNonNull(data, "data");
        errors = List.copyOf(errors);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
