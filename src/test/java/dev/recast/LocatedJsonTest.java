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
}
