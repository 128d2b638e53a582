package org.gsef.governance.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of the API, served at {@code /v3/api-docs} and browsable at {@code /swagger-ui.html}. */
@Configuration(proxyBeanMethods = false)
public class ApiDocumentation {

    @Bean
    public OpenAPI gsefOpenApi(@Value("${spring.application.name:gsef-governance}") String application) {
        return new OpenAPI()
                .info(new Info()
                        .title("GSEF Governance API (" + application + ")")
                        .version("0.1")
                        .description("""
                                Membership applications, the member register and the Steering Committee's meetings \
                                and ballots of the Global Social Economy Forum. Commands accept If-Match (the \
                                version in a read's ETag) and Idempotency-Key headers. A command that creates a resource is \
                                answered 201 Created, with the resource's address in Location and {"id": "..."}; \
                                any other accepted command 202 Accepted, with the id of the resource it acted on, \
                                named id too. Errors are RFC 9457 problem \
                                details in English, French or Spanish (Accept-Language)."""))
                // The server the document was read from, by path: never an address taken from a Host header, which
                // the document would otherwise name and the browsable documentation send credentials to.
                .servers(List.of(new Server().url("/").description("this server")))
                .components(new Components()
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT"))
                        .addSecuritySchemes(
                                "basic",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
