package dev.recast.publish;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.UncheckedIOException;

/**
 * How our JSON files are laid out: two-space indents, {@code "name": value}, LF line endings
 * whatever the platform, a final newline, and decimals written as given (never {@code 1E+1}).
 * Field order is the order the caller built the tree in.
 */
final class PrettyJson {

    private static final String INDENT = "  ";
    private static final DefaultIndenter LF_INDENTER = new DefaultIndenter(INDENT, "\n");
    private static final ObjectWriter WRITER = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator("")
                    .withObjectEmptySeparator(""))
                    .withObjectIndenter(LF_INDENTER)
                    .withArrayIndenter(LF_INDENTER));

    private PrettyJson() {
    }

    static String write(JsonNode tree) {
        try {
            return WRITER.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            // A tree of plain nodes always serializes; failing here is a bug, not bad input.
            throw new UncheckedIOException(e);
        }
    }
}
