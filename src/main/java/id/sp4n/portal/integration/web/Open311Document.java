package id.sp4n.portal.integration.web;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * One Open311 answer, written as JSON or XML from the same model: a list of records (field name → value; a value may
 * be a nested list of records, e.g. a service definition's attributes). In JSON the list is an array; in XML it is
 * the root element with one element per record, as GeoReport v2 writes them. Null fields are written as JSON null
 * and left out of XML.
 */
record Open311Document(String root, String item, List<? extends Map<String, ?>> records, Object single) {

    /** Fields in the order given ({@code name, value, name, value, …}); a value may be null. */
    static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    static Open311Document list(String root, String item, List<? extends Map<String, ?>> records) {
        return new Open311Document(root, item, records, null);
    }

    /** An answer that is one object in JSON (discovery, a service definition) and one root element in XML. */
    static Open311Document object(String root, Map<String, ?> fields) {
        return new Open311Document(root, null, List.of(), fields);
    }

    ResponseEntity<byte[]> answer(Format format, HttpStatus status, JsonMapper json) {
        byte[] body = format == Format.XML ? xml().getBytes(StandardCharsets.UTF_8)
                : json.writeValueAsBytes(single != null ? single : records);
        return ResponseEntity.status(status).header(HttpHeaders.CONTENT_TYPE, format.mediaType().toString())
                .body(body);
    }

    private String xml() {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        if (single != null) {
            element(out, root, single);
            return out.toString();
        }
        out.append('<').append(root).append('>');
        for (Map<String, ?> record : records) {
            element(out, item, record);
        }
        return out.append("</").append(root).append('>').toString();
    }

    private static void element(StringBuilder out, String name, Object value) {
        if (value == null) {
            return;
        }
        out.append('<').append(name).append('>');
        if (value instanceof Map<?, ?> fields) {
            fields.forEach((field, fieldValue) -> element(out, (String) field, fieldValue));
        } else if (value instanceof Collection<?> items) {
            // A nested list: its items are named after the list without its last letter ("attributes" → "attribute",
            // "values" → "value"), as in the GeoReport v2 examples.
            String itemName = name.endsWith("s") ? name.substring(0, name.length() - 1) : name + "_item";
            items.forEach(entry -> element(out, itemName, entry));
        } else {
            escape(out, String.valueOf(value));
        }
        out.append("</").append(name).append('>');
    }

    private static void escape(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    // Characters XML 1.0 cannot carry at all are dropped rather than breaking the document.
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
    }

    /** The two formats of GeoReport v2, chosen by the path's extension. */
    enum Format {
        JSON(MediaType.APPLICATION_JSON), XML(MediaType.APPLICATION_XML);

        private final MediaType mediaType;

        Format(MediaType mediaType) {
            this.mediaType = mediaType;
        }

        MediaType mediaType() {
            return mediaType;
        }

        /** {@code json} or {@code xml}; anything else is null (the caller answers 404: no such document). */
        static Format of(String extension) {
            if ("json".equalsIgnoreCase(extension)) {
                return JSON;
            }
            return "xml".equalsIgnoreCase(extension) ? XML : null;
        }

        /** The format a path asks for: {@code .xml} at its end, else JSON. */
        static Format ofPath(String path) {
            return path.endsWith(".xml") ? XML : JSON;
        }
    }
}
