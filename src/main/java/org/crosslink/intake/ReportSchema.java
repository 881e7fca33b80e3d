package org.crosslink.intake;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema of wire format v1 (kept in {@code config/report.schema.json}), with the enum of
 * {@code source} filled from the force registry. Schema errors become rejections with a code and a
 * JSON pointer; properties the schema does not define become warnings, so that a force that sends
 * a field we do not know yet loses nothing.
 */
public final class ReportSchema {
    private static final int MAX_REASONS = 20;
    private final Schema schema;

    public ReportSchema(JsonNode schemaJson, Collection<String> sourceCodes) {
        ObjectNode copy = (ObjectNode) schemaJson.deepCopy();
        ArrayNode codes = ((ObjectNode) copy.get("properties").get("source")).putArray("enum");
        sourceCodes.forEach(codes::add);
        this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(copy);
    }

    /** Structural problems (rejections) and unknown properties (warnings) of one report. */
    public record Findings(List<Rejection> rejections, List<Warning> warnings) {
    }

    public Findings check(JsonNode report) {
        Map<String, Rejection> rejections = new LinkedHashMap<>();
        List<Warning> warnings = new ArrayList<>();
        List<Error> errors;
        try {
            errors = schema.validate(report);
        } catch (RuntimeException e) {
            // the validator itself fails on some values (a number too large for its range checks): still a clear answer
            return new Findings(List.of(new Rejection(RejectionCode.INVALID_VALUE, "",
                    "a value is outside what wire format v1 allows")), warnings);
        }
        for (Error error : errors) {
            String keyword = error.getKeyword();
            String pointer = pointer(error.getInstanceLocation());
            if ("additionalProperties".equals(keyword)) {
                warnings.add(new Warning(WarningCode.UNKNOWN_FIELD, pointer + "/" + escape(error.getProperty()),
                        "property '" + error.getProperty() + "' is not part of wire format v1 and was ignored"));
                continue;
            }
            Rejection r = rejection(keyword, pointer, error);
            rejections.putIfAbsent(r.code() + r.pointer(), r);
            if (rejections.size() >= MAX_REASONS) {
                break;
            }
        }
        return new Findings(List.copyOf(rejections.values()), warnings);
    }

    private static Rejection rejection(String keyword, String pointer, Error error) {
        if ("required".equals(keyword)) {
            String missing = pointer + "/" + escape(error.getProperty());
            return new Rejection(RejectionCode.MISSING_FIELD, missing, "required field '" + error.getProperty() + "' is missing");
        }
        boolean emptyList = "minItems".equals(keyword) && (pointer.equals("/persons") || pointer.equals("/locations"));
        if ("anyOf".equals(keyword) && pointer.isEmpty() || emptyList) {
            return new Rejection(RejectionCode.MISSING_FIELD, "", "a report names at least one person or location");
        }
        JsonNode value = error.getInstanceNode();
        if (value != null && value.isNumber() && !Double.isFinite(value.doubleValue())) {
            return new Rejection(RejectionCode.INVALID_VALUE, pointer, "number out of range");
        }
        if ("type".equals(keyword)) {
            return new Rejection(RejectionCode.WRONG_TYPE, pointer, error.getMessage());
        }
        if ("/schemaVersion".equals(pointer)) {
            return new Rejection(RejectionCode.UNSUPPORTED_SCHEMA_VERSION, pointer, "this bus reads schemaVersion 1");
        }
        if ("/source".equals(pointer)) {
            return new Rejection(RejectionCode.UNKNOWN_SOURCE, pointer,
                    "source '" + error.getInstanceNode().asString() + "' is not in the force registry");
        }
        return new Rejection(RejectionCode.INVALID_VALUE, pointer, error.getMessage());
    }

    static String pointer(NodePath path) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            sb.append('/').append(element instanceof Integer ? element.toString() : escape(String.valueOf(element)));
        }
        return sb.toString();
    }

    private static String escape(String name) {
        return name == null ? "" : name.replace("~", "~0").replace("/", "~1");
    }
}
