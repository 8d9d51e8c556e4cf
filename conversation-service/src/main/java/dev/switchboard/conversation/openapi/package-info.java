/** The API's OpenAPI description ({@code /v3/api-docs}) and Swagger UI, for client authors and operators. */
@NullMarked
package dev.switchboard.conversation.openapi;

import org.jspecify.annotations.NullMarked;
