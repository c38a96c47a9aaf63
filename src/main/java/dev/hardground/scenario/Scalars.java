package dev.hardground.scenario;

import dev.hardground.model.Suggestions;
import dev.hardground.model.Keyed;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Plain YAML values typed by the record component they fill: text, booleans, numbers, ISO dates, kebab-case enums. */
final class Scalars {
    /** YAML's decimal numbers: digits with optional '_' separators, a fraction and an exponent. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d[\\d_]*(\\.[\\d_]*)?|\\.\\d[\\d_]*)([eE][-+]?\\d+)?");

    /** Why a value does not fit its field, in a sentence that names the field. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message);
        }
    }

    private Scalars() {
    }

    static Object parse(String value, Class<?> raw, String field) throws Invalid {
        String text = value.strip();
        if (raw == String.class) {
            return value;
        }
        if (raw == Boolean.class || raw == boolean.class) {
            if (text.equals("true") || text.equals("false")) {
                return Boolean.valueOf(text);
            }
            throw new Invalid(field + " expects true or false, not '" + text + "'");
        }
        if (raw == Double.class || raw == double.class || raw == Integer.class || raw == int.class) {
            return number(text, raw == Integer.class || raw == int.class, field);
        }
        if (raw == LocalDate.class) {
            return date(text, field);
        }
        if (raw.isEnum() && Keyed.class.isAssignableFrom(raw)) {
            for (Object constant : raw.getEnumConstants()) {
                if (((Keyed) constant).key().equals(text)) {
                    return constant;
                }
            }
            List<String> keys = Arrays.stream(raw.getEnumConstants()).map(c -> ((Keyed) c).key()).toList();
            throw new Invalid("unknown value '" + text + "' for " + field + Suggestions.hint(text, keys)
                    + " (expected one of: " + String.join(", ", keys) + ")");
        }
        throw new IllegalStateException("no binding for " + raw);
    }

    private static LocalDate date(String text, String field) throws Invalid {
        if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new Invalid(field + ": '" + text + "' is not a date YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new Invalid(field + ": '" + text + "' is not a real date");
        }
    }

    private static Object number(String text, boolean whole, String field) throws Invalid {
        if (!NUMBER.matcher(text).matches()) {
            throw new Invalid(field + " expects " + (whole ? "a whole number" : "a number") + ", not '" + text + "'");
        }
        double value = Double.parseDouble(text.replace("_", ""));
        if (!Double.isFinite(value)) {
            throw new Invalid(field + " expects a number, not '" + text + "' (too large)");
        }
        if (!whole) {
            return value;
        }
        if (value != Math.rint(value)) {
            throw new Invalid(field + " expects a whole number, not '" + text + "'");
        }
        if (Math.abs(value) > Integer.MAX_VALUE) {
            throw new Invalid(field + ": '" + text + "' is too large (at most " + Integer.MAX_VALUE + ")");
        }
        return (int) value;
    }

    static String describe(Class<?> raw) {
        if (raw == String.class) {
            return "text";
        }
        if (raw == Boolean.class) {
            return "true or false";
        }
        if (raw == Double.class || raw == Integer.class) {
            return "a number";
        }
        if (raw == LocalDate.class) {
            return "a date YYYY-MM-DD";
        }
        return "a single value";
    }
}
