package dev.recast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.core.JsonLocation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocatedJsonTest {

    private static String at(String json, String... path) {
        JsonLocation at = LocatedJson.valueLocation(json.getBytes(StandardCharsets.UTF_8), List.of(path));
        return at == null ? null : at.getLineNr() + ":" + at.getColumnNr();
    }

    @Test
    void findsAFieldsValueByItsPathNotASameNamedFieldElsewhere() {
        String json = "{\"a\": {\"x\": 1},\n \"x\": [ {\"x\": 2} ],\n \"b\": {\"c\": {\"x\": 3}, \"x\": 4}}";
        assertEquals("2:7", at(json, "x"));
        assertEquals("1:13", at(json, "a", "x"));
        assertEquals("3:28", at(json, "b", "x"));
        assertEquals("3:19", at(json, "b", "c", "x"));
        assertNull(at(json, "b", "y"));
        assertNull(at(json, "a", "x", "z"));
        assertNull(at("not json", "x"));
    }

    private record Rate(Double rate) {
    }

    @Test
    void aValidationErrorIsLocatedAtTheFieldItNames() {
        RecastException e = org.junit.jupiter.api.Assertions.assertThrows(RecastException.class,
                () -> LocatedJson.read("{\n   \"rate\": -1}".getBytes(StandardCharsets.UTF_8), "r.json", Rate.class,
                        r -> {
                            throw new InvalidFieldException("\"rate\" must be positive", "rate");
                        }));
        assertEquals("r.json:2:12", e.location());
        assertEquals(RecastException.Kind.INPUT, e.kind());
    }

    private record Voices(String narrator) {
    }

    private record Manifest(String title, Integer count, Double rate, Boolean loud, List<String> tags, Voices voices,
            List<Voices> cast) {
    }

    private static String said(String json) {
        RecastException e = org.junit.jupiter.api.Assertions.assertThrows(RecastException.class,
                () -> LocatedJson.read(json.getBytes(StandardCharsets.UTF_8), "m.json", Manifest.class));
        assertEquals(RecastException.Kind.INPUT, e.kind());
        return e.location() + ": " + e.getMessage();
    }

    @Test
    void jacksonsErrorsAreSaidInPlainWordsAtTheirPlace() {
        assertEquals("m.json:1:11: \"title\" should be text, not a list", said("{\"title\": [\"a\"]}"));
        assertEquals("m.json:1:11: \"count\" should be a whole number, not a number with a fraction", said("{\"count\": 1.5}"));
        assertEquals("m.json:1:10: \"rate\" should be a number, not text", said("{\"rate\": \"fast\"}"));
        assertEquals("m.json:1:10: \"tags\" should be a list [ … ], not text", said("{\"tags\": \"x\"}"));
        assertEquals("m.json:1:28: \"cast\", entry 2, \"narrator\" should be text, not a list",
                said("{\"cast\": [{}, {\"narrator\": []}]}"));
        assertEquals("m.json:1:1: the file should hold an object { … }, not a list", said("[1]"));
        assertEquals("m.json:1: the file holds no JSON", said(""));
        assertEquals("m.json:1:14: the file ends before the object's closing }", said("{\"title\": \"a\""));
        assertEquals("m.json:1:15: unexpected character ('}'): expected a field name in double quotes",
                said("{\"title\": \"a\",}"));
        assertEquals("m.json:1:11: unrecognized word 'tru': expected text in double quotes, a number, a list, an object,"
                + " true, false or null", said("{\"title\": tru}"));
        assertEquals("m.json:1:31: the number 99999999999999999999 is too large", said("{\"count\": 99999999999999999999}"));
        assertEquals("m.json:1:16: more follows the JSON value: a file holds one", said("{\"title\": \"a\"} {}"));
    }
}
