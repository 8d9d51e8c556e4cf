package dev.switchboard.conversation.openapi;

import dev.switchboard.conversation.agent.CurrentAgent;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Describes the agents' REST API at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}), served without a
 * token since it holds no workspace's data: every operation takes a bearer token (but local sign-in) and answers its
 * errors as RFC 9457 problem details ({@link DocumentedProblems}). The caller's identity comes from the token, so the
 * {@link CurrentAgent} argument of the controllers is no request parameter.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BEARER = "bearer";
    /** The one operation called without a token (it exists in the local profile only). */
    static final String SIGN_IN = "/api/v1/auth/token";

    @Bean
    OpenAPI conversationApi() {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentAgent.class);
        return new OpenAPI()
                .info(new Info().title("Switchboard conversation-service").version("v1")
                        .description("The agents' REST API: conversations, messages, presence, routing requests, "
                                + "directory and workspace settings. Every query is scoped to the workspace of the "
                                + "caller's token."))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("An agent token: from the OIDC provider (claims naming the agent, "
                                        + "workspace and role), or in the local stack from POST " + SIGN_IN + ".")))
                .security(List.of(new SecurityRequirement().addList(BEARER)));
    }

    @Bean
    OpenApiCustomizer problemDocumentation() {
        return api -> {
            api.getComponents().addSchemas(DocumentedProblems.SCHEMA, DocumentedProblems.schema());
            api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
                if (path.equals(SIGN_IN)) {
                    operation.setSecurity(List.of());
                }
                DocumentedProblems.addTo(path, operation);
            }));
        };
    }
}
