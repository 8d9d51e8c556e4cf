package dev.switchboard.conversation.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * The problem-detail answers each operation can give, documented from its shape: 400 when it takes a body or a
 * query or header parameter, 401 and 403 when it takes a token, 404 when it names something in its path.
 */
final class DocumentedProblems {

    static final String SCHEMA = "Problem";

    private DocumentedProblems() {
    }

    static Schema<?> schema() {
        Schema<?> fieldError = new ObjectSchema().addProperty("field", new StringSchema())
                .addProperty("message", new StringSchema());
        return new ObjectSchema().description("An RFC 9457 problem detail; its type is stable for each problem.")
                .addProperty("type", new StringSchema().format("uri")
                        .example("https://switchboard.dev/problems/invalid-request"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("errors", new ArraySchema().items(fieldError)
                        .description("For an invalid request: each field named, with what is wrong with it."));
    }

    static void addTo(String path, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        boolean takesInput = operation.getRequestBody() != null || (operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(parameter -> !"path".equals(parameter.getIn())));
        if (takesInput) {
            add(responses, "400", "The request is malformed or invalid (the fields are named).");
        }
        if (operation.getSecurity() == null || !operation.getSecurity().isEmpty()) {
            add(responses, "401", "No valid bearer token.");
            add(responses, "403", "The token's agent may not do this.");
        }
        if (path.contains("{")) {
            add(responses, "404", "Not found in the caller's workspace.");
        }
        operation.setResponses(responses);
    }

    private static void add(ApiResponses responses, String status, String description) {
        responses.putIfAbsent(status, new ApiResponse().description(description).content(new Content()
                .addMediaType("application/problem+json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA)))));
    }
}
