package vn.dti.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A reported value: a number (ratio, count, rate, money), yes/no, or a category code. In JSON it
 * is the plain number, boolean or string.
 */
public sealed interface Value permits Value.Numeric, Value.YesNo, Value.Category {

    /** The JSON form. */
    @JsonValue
    Object raw();

    /** A number; never NaN or infinite. */
    record Numeric(double number) implements Value {
        public Numeric {
            if (!Double.isFinite(number)) {
                throw new IllegalArgumentException("The value [" + number + "] is not a finite number.");
            }
        }

        @Override
        public Object raw() {
            return number;
        }
    }

    /** Has / has not. */
    record YesNo(boolean yes) implements Value {
        @Override
        public Object raw() {
            return yes;
        }
    }

    /** A category code from the component's list. */
    record Category(String code) implements Value {
        public Category {
            if (code == null || code.isBlank()) {
                throw new IllegalArgumentException("A category value is blank; write one of the component's category codes.");
            }
        }

        @Override
        public Object raw() {
            return code;
        }
    }

    static Value number(double number) {
        return new Numeric(number);
    }

    static Value yesNo(boolean yes) {
        return new YesNo(yes);
    }

    static Value category(String code) {
        return new Category(code);
    }

    /** Reads the JSON form: a number, a boolean or a string. */
    @JsonCreator
    static Value fromJson(Object raw) {
        if (raw instanceof Number n) {
            return new Numeric(n.doubleValue());
        }
        if (raw instanceof Boolean b) {
            return new YesNo(b);
        }
        if (raw instanceof String s) {
            return new Category(s);
        }
        throw new IllegalArgumentException("A value must be a number, true/false, or a category code string; got [" + raw + "].");
    }
}
