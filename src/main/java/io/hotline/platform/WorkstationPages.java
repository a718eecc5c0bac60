package io.hotline.platform;

import java.io.IOException;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the workstation (the Vue single-page application built into {@code static/}):
 * its files as they are, and {@code index.html} for any other path that is not the API's,
 * so that a deep link such as {@code /orders/123} opens the page and the router shows the
 * order.
 */
@Configuration(proxyBeanMethods = false)
class WorkstationPages implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/**")
			.addResourceLocations("classpath:/static/")
			.resourceChain(true)
			.addResolver(new PageResolver());
	}

	static boolean isPage(String path) {
		return !path.startsWith("api/") && !path.startsWith("actuator/") && !path.startsWith("open311/")
				&& !path.startsWith("v3/") && !path.startsWith("swagger-ui") && !path.contains(".");
	}

	/** A file when there is one, else the application's page for a route. */
	static class PageResolver extends PathResourceResolver {

		@Override
		protected Resource getResource(String resourcePath, Resource location) throws IOException {
			Resource found = super.getResource(resourcePath, location);
			if (found != null) {
				return found;
			}
			Resource index = new ClassPathResource("static/index.html");
			return (isPage(resourcePath) && index.exists()) ? index : null;
		}

	}

}
