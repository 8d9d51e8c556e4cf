package dev.switchboard.notify.webhook;

import dev.switchboard.notify.deadletter.AdminAccess;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/webhooks/endpoints}: a workspace's supervisors and admins register the systems that receive its
 * events. Another workspace's endpoint is a 404, as if it did not exist; the secret is shown once, on registration.
 */
@RestController
@RequestMapping(WebhookEndpointController.PATH)
class WebhookEndpointController {

    static final String PATH = "/api/v1/webhooks/endpoints";

    private final AdminAccess access;
    private final EndpointAdministration endpoints;

    WebhookEndpointController(AdminAccess access, EndpointAdministration endpoints) {
        this.access = access;
        this.endpoints = endpoints;
    }

    @PostMapping
    ResponseEntity<EndpointView> register(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false)
            @Nullable String authorization, @Valid @RequestBody NewEndpoint request) {
        WebhookEndpoint endpoint = endpoints.register(workspace(authorization), request);
        return ResponseEntity.created(URI.create(PATH + "/" + endpoint.id())).body(EndpointView.withSecret(endpoint));
    }

    @GetMapping
    List<EndpointView> list(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false)
            @Nullable String authorization) {
        return endpoints.list(workspace(authorization)).stream().map(EndpointView::of).toList();
    }

    @GetMapping("/{id}")
    EndpointView get(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization,
            @PathVariable String id) {
        return EndpointView.of(endpoints.find(workspace(authorization), id));
    }

    @PutMapping("/{id}")
    EndpointView update(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false)
            @Nullable String authorization, @PathVariable String id, @Valid @RequestBody EndpointSettings settings) {
        return EndpointView.of(endpoints.update(workspace(authorization), id, settings));
    }

    @PostMapping("/{id}/disable")
    EndpointView disable(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false)
            @Nullable String authorization, @PathVariable String id) {
        return EndpointView.of(endpoints.disable(workspace(authorization), id));
    }

    @PostMapping("/{id}/enable")
    EndpointView enable(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false)
            @Nullable String authorization, @PathVariable String id) {
        return EndpointView.of(endpoints.enable(workspace(authorization), id));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization,
            @PathVariable String id) {
        endpoints.delete(workspace(authorization), id);
    }

    private String workspace(@Nullable String authorization) {
        return access.require(authorization).workspaceId();
    }
}
