package dev.recast;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a user's JSON file (manifest, voice profile) into a record, turning Jackson's errors into
 * one located line: {@code file:line:column: what is wrong}.
 */
public final class LocatedJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

    private LocatedJson() {
    }

    /** @return the value, never null */
    public static <T> T read(byte[] bytes, String shownAs, Class<T> type) throws RecastException {
        try {
            T value = JSON.readValue(bytes, type);
            if (value == null) {
                throw RecastException.input(shownAs, "the file holds no JSON object");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            // Records are built once all fields are read, so Jackson's own location is the
            // object's end; the field itself is where the user must look.
            JsonLocation at = fieldLocation(bytes, e.getPropertyName());
            throw new RecastException(RecastException.Kind.INPUT, locate(shownAs, at != null ? at : e.getLocation()),
                    "unknown field \"" + e.getPropertyName() + "\" (known: " + String.join(", ",
                            e.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList()) + ")", e);
        } catch (MismatchedInputException e) {
            throw new RecastException(RecastException.Kind.INPUT, locate(shownAs, e.getLocation()), mismatch(e), e);
        } catch (ValueInstantiationException e) {
            // A record's constructor refused the value: its own message says why.
            String why = e.getCause() instanceof IllegalArgumentException invalid ? invalid.getMessage() : null;
            throw new RecastException(RecastException.Kind.INPUT, locate(shownAs, e.getLocation()),
                    why != null ? why : "a value here is not valid", e);
        } catch (JsonProcessingException e) {
            throw new RecastException(RecastException.Kind.INPUT, locate(shownAs, e.getLocation()),
                    syntax(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new RecastException(RecastException.Kind.INPUT, shownAs, "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads the file into {@code type}, then builds the validated value with {@code build}; an
     * {@link InvalidFieldException} from it is located at the offending field's value.
     */
    public static <T, R> R read(byte[] bytes, String shownAs, Class<T> type, Function<T, R> build)
            throws RecastException {
        T value = read(bytes, shownAs, type);
        try {
            return build.apply(value);
        } catch (InvalidFieldException e) {
            JsonLocation at = valueLocation(bytes, e.path());
            throw new RecastException(RecastException.Kind.INPUT, locate(shownAs, at), e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw RecastException.input(shownAs, e.getMessage());
        }
    }

    /**
     * Where the value of a nested field starts ({@code ["pauses", "clause"]}), found by streaming
     * the file; null if it is not there (a default was invalid) or the file cannot be read.
     */
    static JsonLocation valueLocation(byte[] bytes, List<String> path) {
        if (path.isEmpty()) {
            return null;
        }
        try (JsonParser parser = JSON.getFactory().createParser(bytes)) {
            int matched = 0; // how many names of the path lead to the current object
            int depth = 0; // object/array nesting of the current token
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME && depth == matched + 1
                        && path.get(matched).equals(parser.currentName())) {
                    JsonToken valueToken = parser.nextToken();
                    if (matched == path.size() - 1) {
                        return parser.currentTokenLocation();
                    }
                    if (valueToken != JsonToken.START_OBJECT) {
                        return null;
                    }
                    matched++;
                    depth++;
                } else if (token.isStructStart()) {
                    depth++;
                } else if (token.isStructEnd()) {
                    depth--;
                    if (depth <= matched) {
                        return null; // left the object that should have held the field
                    }
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    private static JsonLocation fieldLocation(byte[] bytes, String field) {
        try (JsonParser parser = JSON.getFactory().createParser(bytes)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME && field.equals(parser.currentName())) {
                    return parser.currentTokenLocation();
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    private static String locate(String shownAs, JsonLocation at) {
        return at == null || at.getLineNr() < 1 ? shownAs : RecastException.at(shownAs, at.getLineNr(), at.getColumnNr());
    }

    /** A value of the wrong kind, told by where it is, what was wanted and what was found. */
    private static String mismatch(MismatchedInputException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("No content to map")) {
            return "the file holds no JSON";
        }
        if (message.startsWith("Trailing token")) {
            return "more follows the JSON value: a file holds one";
        }
        StringBuilder where = new StringBuilder();
        for (JsonMappingException.Reference step : e.getPath()) {
            where.append(where.length() == 0 ? "" : ", ")
                    .append(step.getFieldName() != null ? "\"" + step.getFieldName() + "\"" : "entry " + (step.getIndex() + 1));
        }
        String subject = where.length() == 0 ? "the file" : where.toString();
        String found = kindFound(message);
        Optional<String> wanted = where.length() == 0 && kindWanted(e.getTargetType()).isEmpty()
                ? Optional.of("an object { … }") : kindWanted(e.getTargetType());
        if (wanted.isPresent()) {
            return subject + (where.length() == 0 ? " should hold " : " should be ") + wanted.get() + (found == null ? "" : ", not " + found);
        }
        return subject + (found == null ? " is not valid here" : " cannot be " + found + " here");
    }

    /** A JSON value Recast's files hold, in the words the README uses; empty for an object of fields. */
    private static Optional<String> kindWanted(Class<?> type) {
        if (type == null) {
            return Optional.empty();
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return Optional.of("text");
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return Optional.of("a whole number");
        }
        if (type == Double.class || type == double.class || Number.class.isAssignableFrom(type)) {
            return Optional.of("a number");
        }
        if (type == Boolean.class || type == boolean.class) {
            return Optional.of("true or false");
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return Optional.of("a list [ … ]");
        }
        return Map.class.isAssignableFrom(type) ? Optional.of("an object { … }") : Optional.empty();
    }

    // What Jackson found, as its message names it: "from Array value", "from String \"x\"".
    private static final Map<String, String> FOUND = Map.of("Array", "a list", "Object", "an object",
            "String", "text", "Integer", "a whole number", "Floating-point", "a number with a fraction",
            "Boolean", "true or false");
    private static final Pattern FROM = Pattern.compile("(?:from|coerce) (Array|Object|String|Integer|Floating-point|Boolean)\\b");

    private static String kindFound(String message) {
        Matcher from = FROM.matcher(message);
        return from.find() ? FOUND.get(from.group(1)) : null;
    }

    // Jackson's syntax messages, said without its codes, its token names or where it read from.
    private static final Pattern SOURCE = Pattern.compile("\\s*(?:\\(start marker at )?\\[Source:.*?](?:\\))?");
    private static final Pattern CONTROL = Pattern.compile("\\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
    private static final Pattern CODE = Pattern.compile(" \\(code \\d+\\)");
    private static final Pattern OUT_OF_RANGE = Pattern.compile("Numeric value \\((.*?)\\) out of range of .*");
    private static final Pattern END = Pattern.compile("Unexpected end-of-input.*close marker for (Object|Array).*");

    private static String syntax(String message) {
        if (message == null || message.isBlank()) {
            return "malformed JSON";
        }
        String said = message.lines().findFirst().orElse("");
        Matcher end = END.matcher(said);
        if (end.matches()) {
            return "the file ends before the " + (end.group(1).equals("Object") ? "object's closing }" : "list's closing ]");
        }
        if (said.startsWith("Unexpected end-of-input")) {
            return "the file ends in the middle of a value";
        }
        said = OUT_OF_RANGE.matcher(said).replaceAll("the number $1 is too large");
        said = said.replace("Unrecognized token", "unrecognized word")
                .replace("was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                        "expected text in double quotes, a number, a list, an object, true, false or null")
                .replace("was expecting double-quote to start field name", "expected a field name in double quotes")
                .replace("was expecting comma to separate Object entries", "expected a comma between an object's fields")
                .replace("was expecting comma to separate Array entries", "expected a comma between a list's entries")
                .replace("has to be escaped using backslash to be included in string value",
                        "must be written escaped (\\\\u0001) inside a string");
        said = CONTROL.matcher(said).replaceAll(m -> String.format(Locale.ROOT, "(control character U+%04X)",
                Integer.parseInt(m.group(1))));
        said = CODE.matcher(SOURCE.matcher(said).replaceAll("")).replaceAll("");
        if (said.isBlank() || said.contains("`") || said.contains("java.") || said.contains("JsonToken")) {
            return "malformed JSON";
        }
        return Character.toLowerCase(said.charAt(0)) + said.substring(1);
    }
}
