package dev.recast;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * Reads a user's JSON file (manifest, voice profile) into a record, turning Jackson's errors into
 * one located line: {@code file:line:column: what is wrong}.
 */
public final class LocatedJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

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
        } catch (JsonProcessingException e) {
            throw new RecastException(RecastException.Kind.INPUT, locate(shownAs, e.getLocation()),
                    firstLine(e.getOriginalMessage()), e);
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

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "malformed JSON";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
