package id.sp4n.portal.integration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * The GeoReport v2 JSON Schemas of {@code ../shared/data/open311/} (copied to the test resources, so a fresh clone
 * has them): the list schemas refer to the item schemas by file name, which is resolved here by putting the item
 * schema in the reference's place.
 */
final class Open311Schemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);

    private Open311Schemas() {
    }

    /** The problems of {@code json} against the named schema ({@code services}, {@code request}, …); none: valid. */
    static List<Error> problems(String schemaName, String json) {
        return schema(schemaName).validate(json, InputFormat.JSON);
    }

    private static Schema schema(String name) {
        String text = read(name + ".json");
        for (String item : List.of("request", "service")) {
            text = text.replace("\"$ref\": \"" + item + ".json\",", inner(read(item + ".json")) + ",");
        }
        return REGISTRY.getSchema(text);
    }

    /** An object schema's members without its braces, to be spliced into another object. */
    private static String inner(String objectSchema) {
        String trimmed = objectSchema.strip();
        return trimmed.substring(1, trimmed.length() - 1);
    }

    private static String read(String file) {
        try (InputStream in = Open311Schemas.class.getResourceAsStream("/open311/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("No schema " + file, e);
        }
    }
}
