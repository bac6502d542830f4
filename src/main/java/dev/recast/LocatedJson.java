package dev.recast;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;

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
