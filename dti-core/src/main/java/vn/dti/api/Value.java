package vn.dti.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import vn.dti.text.RefusedArgumentException;

/**
 * A reported value: a number (ratio, count, rate, money), yes/no, or a category code. In JSON it
 * is the plain number, boolean or string. Every implementation is an immutable record.
 */
public sealed interface Value permits Value.Numeric, Value.YesNo, Value.Category {

    /**
     * The JSON form.
     *
     * @return a {@link Double} for {@link Numeric}, a {@link Boolean} for {@link YesNo}, a
     *         {@link String} for {@link Category}
     */
    @JsonValue
    Object raw();

    /**
     * A number; never NaN or infinite. A ratio is a share in [0, 1] (87.20% is 0.872); the
     * component's {@link ValueKind} says which kind of number it is.
     *
     * @param number the number, finite
     */
    record Numeric(double number) implements Value {
        /**
         * Checks that the number is finite.
         *
         * @param number finite
         * @throws IllegalArgumentException if it is NaN or infinite
         */
        public Numeric {
            if (!Double.isFinite(number)) {
                throw RefusedArgumentException.of("api.value.notFinite", Double.toString(number));
            }
        }

        @Override
        public Object raw() {
            return number;
        }
    }

    /**
     * Has / has not.
     *
     * @param yes true for "has"
     */
    record YesNo(boolean yes) implements Value {
        @Override
        public Object raw() {
            return yes;
        }
    }

    /**
     * A category code from the component's list ({@link Component#categories()}).
     *
     * @param code the code, not blank
     */
    record Category(String code) implements Value {
        /**
         * Checks the code.
         *
         * @param code not null or blank
         * @throws IllegalArgumentException if it is null or blank
         */
        public Category {
            if (code == null || code.isBlank()) {
                throw RefusedArgumentException.of("api.value.blankCategory");
            }
        }

        @Override
        public Object raw() {
            return code;
        }
    }

    /**
     * A number.
     *
     * @param number finite; a ratio as a share in [0, 1]
     * @return a {@link Numeric}
     * @throws IllegalArgumentException if it is NaN or infinite
     */
    static Value number(double number) {
        return new Numeric(number);
    }

    /**
     * A yes/no.
     *
     * @param yes true for "has"
     * @return a {@link YesNo}
     */
    static Value yesNo(boolean yes) {
        return new YesNo(yes);
    }

    /**
     * A category code.
     *
     * @param code one of the component's codes, not blank
     * @return a {@link Category}
     * @throws IllegalArgumentException if it is null or blank
     */
    static Value category(String code) {
        return new Category(code);
    }

    /**
     * Reads the JSON form: a number, a boolean or a string.
     *
     * @param raw a {@link Number}, a {@link Boolean} or a {@link String}
     * @return the value
     * @throws IllegalArgumentException for anything else, or a number that is not finite
     */
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
        throw RefusedArgumentException.of("api.value.wrongKind", String.valueOf(raw));
    }
}
