package id.sp4n.portal.integration.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the generated OpenAPI description says about itself and how a connected system authenticates. */
@Configuration(proxyBeanMethods = false)
class IntegrationOpenApi {

    @Bean
    OpenAPI portalOpenApi() {
        return new OpenAPI()
                .info(new Info().title("SP4N portal: integration and open data")
                        .version("v1")
                        .description("Open311 GeoReport v2 under /open311/v2, the REST calls of connected regional "
                                + "systems under /api/v1/integration, and the public open-data calls under /api/v1. "
                                + "A guide with curl examples is at /integrasi.")
                        .license(new License().name("Open source")))
                .components(new Components()
                        .addSecuritySchemes("apiKey", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("X-API-Key")
                                .description("A key of a connected system (sp4n_…), from /admin/integrasi"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("The same key as a bearer token")));
    }
}
